import { PRESETS } from '../app/presets';
import { getLoss } from '../src/math/losses';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, viewFromUrl } from './helpers';

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
    const expectedNames = new Set(preset.ids.flatMap((id) => getLoss(id)!.params.map((p) => p.name)));
    expect(count).toBe(expectedNames.size);
    for (let i = 0; i < count; i++) {
      const slider = sliders.nth(i);
      const name = await slider.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.querySelector('code')?.textContent ?? '');
      expect(expectedNames).toContain(name);
      const before = await slider.inputValue();
      await slider.focus();
      await slider.press(Number(before) >= Number(await slider.getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
      const after = await slider.inputValue();
      expect(after).not.toBe(before);
      await expect
        .poll(() => {
          const v = viewFromUrl(page);
          const owner = v.ids.find((id) => name in (v.values[id] ?? {}))!;
          return Number(v.values[owner]![name]);
        })
        .toBeCloseTo(Number(after), 9);
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
