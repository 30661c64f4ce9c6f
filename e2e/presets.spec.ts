import { PRESETS } from '../app/presets';
import { getLoss } from '../src/math/losses';
import { conflictingParams } from '../src/math/losses/sharedParams';
import { expect, test } from './fixtures';
import { dragSliderTo, expectReadoutMatchesMath, lossChart, stopPageClock, viewFromUrl } from './helpers';

for (const preset of PRESETS) {
  test(`preset “${preset.title}”: one click, then every slider by keyboard matches src/math`, async ({ page }) => {
    await page.goto('/?loss=mse');
    await page.getByRole('button', { name: preset.title, exact: true }).click();
    await expect(page.getByRole('button', { name: preset.title, exact: true })).toHaveAttribute('aria-pressed', 'true');
    const chart = lossChart(page);
    for (const id of preset.ids) await expect(chart.locator(`canvas[data-series~="${id}"]`)).toHaveCount(1);
    await expect.poll(() => viewFromUrl(page).preset).toBe(preset.id);
    expect(viewFromUrl(page).ids).toEqual(preset.ids);
    await expectReadoutMatchesMath(page);

    const sliders = page.getByRole('region', { name: 'Parameters' }).getByRole('slider');
    const count = await sliders.count();
    const specs = preset.ids.map((id) => getLoss(id)!);
    const expectedNames = new Set(specs.flatMap((s) => s.params.map((p) => p.name)));
    // A name the losses use for different quantities has one slider per loss.
    const apart = conflictingParams(specs);
    const ownersOf = (name: string) => specs.filter((s) => s.params.some((p) => p.name === name));
    expect(count).toBe([...expectedNames].reduce((n, name) => n + (apart.includes(name) ? ownersOf(name).length : 1), 0));
    for (let i = 0; i < count; i++) {
      const slider = sliders.nth(i);
      const [name, context] = await slider.evaluate((el) => {
        const label = (el as HTMLInputElement).labels?.[0];
        return [label?.querySelector(':scope > code')?.textContent ?? '', label?.querySelector('.param-context')?.textContent ?? ''];
      });
      expect(expectedNames).toContain(name);
      const owner = apart.includes(name) ? ownersOf(name).find((s) => context === ` · ${s.title}`)!.id : ownersOf(name)[0]!.id;
      const before = await slider.inputValue();
      await slider.focus();
      await slider.press(Number(before) >= Number(await slider.getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
      const after = await slider.inputValue();
      expect(after).not.toBe(before);
      // A log-scale slider sits at log10 of the value, which it rounds to three significant digits.
      const log = getLoss(owner)!.params.some((p) => p.name === name && p.scale === 'log');
      const want = log ? Number((10 ** Number(after)).toPrecision(3)) : Number(after);
      await expect
        .poll(() => Number(viewFromUrl(page).values[owner]![name]))
        .toBeCloseTo(want, 9);
      await expectReadoutMatchesMath(page);
    }
  });
}

test('smooth L1 · β lies on Huber: at β = δ = 1 the readouts agree', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Smooth L1 vs Huber', exact: true }).click();
  const huber = await page.getByRole('row', { name: /^Huber/ }).getByRole('cell').allTextContents();
  const smooth = await page.getByRole('row', { name: /^Smooth L1/ }).getByRole('cell').allTextContents();
  expect(smooth.slice(0, 2)).toEqual(huber.slice(0, 2));
});

test('focal with γ = 0 and α < 0 coincides with BCE', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /BCE vs focal/i }).click();
  await page.getByRole('spinbutton', { name: /gamma value/ }).fill('0');
  await page.getByRole('spinbutton', { name: /alpha value/ }).fill('-1');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const [a, b] = [await rows.nth(0).getByRole('cell').allTextContents(), await rows.nth(1).getByRole('cell').allTextContents()];
  expect(a.slice(0, 2)).toEqual(b.slice(0, 2));
});

test('PolyLoss with ε below 0: a drag rewrites the digits after the minus in place, and they match the slider', async ({ page }) => {
  // Playwright's clock, stopped during the drag: the rest that typesets the formula again cannot come
  // between two of its input events, however slow the machine.
  await page.clock.install();
  await page.goto('/?loss=mse');
  await page.getByRole('button', { name: 'Cross-entropy vs PolyLoss', exact: true }).click();
  await page.getByRole('spinbutton', { name: /epsilon value/ }).fill('-0.9');
  const figure = page.getByRole('figure', { name: /PolyLoss/ });
  await figure.scrollIntoViewIfNeeded();
  const marks = figure.locator('.katex-html [data-v="epsilon"]');
  await expect(marks.first()).toHaveText('−0.9');
  const count = await marks.count();
  expect(count).toBeGreaterThan(1);
  // Typeset afresh with −0.9 and boxed once painted: the state a drag starts from.
  await expect
    .poll(() => marks.evaluateAll((ms) => ms.every((m) => m.textContent === '−0.9' && getComputedStyle([...m.querySelectorAll('.mord')].at(-1)!).contain.includes('size'))))
    .toBe(true);
  await stopPageClock(page);
  // The run of digits after each minus sign, as typeset; then, for each, whether it is still that element.
  const typeset = await figure.evaluateHandle((f) => [...f.querySelectorAll('.katex-html [data-v="epsilon"]')].map((m) => [...m.querySelectorAll('.mord')].at(-1)!));
  const sameRuns = () =>
    figure.evaluate(
      (f, first) => [...f.querySelectorAll('.katex-html [data-v="epsilon"]')].map((m, k) => [...m.querySelectorAll('.mord')].at(-1) === first[k]),
      typeset,
    );
  const slider = page.getByRole('slider', { name: /epsilon/ });
  for (const value of ['-0.8', '-0.7', '-0.6']) {
    await dragSliderTo(slider, value);
    // One frame of the drag.
    await page.clock.runFor(16);
    await expect(marks).toHaveText(Array(count).fill(value.replace('-', '−')));
    expect(await sameRuns()).toEqual(Array(count).fill(true));
  }
  // Once it rests, KaTeX typesets the last value afresh.
  await page.clock.resume();
  await expect.poll(sameRuns).toEqual(Array(count).fill(false));
  await expect(marks).toHaveText(Array(count).fill('−0.6'));
});

for (const preset of PRESETS.filter((p) => p.stops?.length)) {
  test(`preset “${preset.title}”: each stop sets its parameters and stays pressed until a slider leaves it`, async ({ page }) => {
    await page.goto('/?loss=mse');
    await page.getByRole('button', { name: preset.title, exact: true }).click();
    const stops = page.getByRole('group', { name: /^Jump to/ });
    for (const stop of preset.stops!) {
      await stops.getByRole('button', { name: stop.label, exact: true }).click();
      await expect(stops.getByRole('button', { name: stop.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
      for (const [name, v] of Object.entries(stop.params)) {
        const owner = preset.ids.find((id) => getLoss(id)!.params.some((q) => q.name === name))!;
        await expect.poll(() => Number(viewFromUrl(page).values[owner]![name])).toBeCloseTo(v, 9);
      }
      await expect.poll(() => viewFromUrl(page).preset).toBe(preset.id);
      await expectReadoutMatchesMath(page);
    }
    // A value between the first two stops is none of them.
    const [a, b] = preset.stops!;
    const [name, va] = Object.entries(a!.params)[0]!;
    const between = (va + (b?.params[name] ?? va + 1)) / 2;
    await page.getByRole('spinbutton', { name: new RegExp(`^${name} value`) }).first().fill(String(between));
    await expect(stops.getByRole('button', { pressed: true })).toHaveCount(0);
    await expect.poll(() => viewFromUrl(page).preset).toBe(preset.id);
  });
}
