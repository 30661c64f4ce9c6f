import { huberAt, huberDerivAt } from '../src/math/losses/huber';
import { expect, parseReadout, test } from './fixtures';
import { seriesColor } from '../src/components/charts/palette';
import type { Page } from '@playwright/test';
import { canvasImage, colourPixels, curveCanvas, dragSliderTo, expectReadoutMatchesMath, lossChart, stopPageClock, urlSettles } from './helpers';

test.describe('explorer: the first view', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('draws Huber, MSE and MAE from at least 1000 samples each, every one visible on the canvas', async ({ page }) => {
    const chart = lossChart(page);
    await expect(chart).toBeVisible();
    const canvas = curveCanvas(chart);
    await expect(canvas).toHaveAttribute('data-series', 'mse mae huber');
    for (const n of (await canvas.getAttribute('data-samples'))!.split(' ')) expect(Number(n)).toBeGreaterThanOrEqual(1000);
    // Each curve's colour is on the canvas, in strokes long enough to be a curve and not a dot.
    const counts = await colourPixels(canvas, [0, 1, 2].map(seriesColor));
    for (const c of counts) expect(c).toBeGreaterThan(300);
    await expect(page.getByRole('list', { name: 'Curves' }).getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('img', { name: /derivative along/ })).toBeVisible();
  });

  test('the weight panel comes and goes with its toggle, drawn from fresh samples each time', async ({ page }) => {
    const weight = page.getByRole('img', { name: /effective per-sample weight/ });
    const toggle = page.getByRole('checkbox', { name: 'Effective weight' });
    const before = await canvasImage(curveCanvas(weight));
    await toggle.uncheck();
    await expect(weight).toHaveCount(0);
    // Moved while the panel is hidden (weights are not sampled then), δ must still show in the weights.
    const delta = page.getByRole('slider', { name: /delta/ });
    await delta.focus();
    for (let i = 0; i < 4; i++) await delta.press('ArrowRight');
    await toggle.check();
    await expect(weight).toBeVisible();
    await expect(curveCanvas(weight)).toHaveAttribute('data-series', 'mse mae huber');
    const counts = await colourPixels(curveCanvas(weight), [0, 1, 2].map(seriesColor));
    for (const c of counts) expect(c).toBeGreaterThan(100);
    // Only Huber's weight depends on δ (1 up to δ, δ/|r| beyond): the picture changed with it.
    expect(await canvasImage(curveCanvas(weight))).not.toBe(before);
    const cells = await page.getByRole('row', { name: /^Huber/ }).getByRole('cell').allTextContents();
    const x = parseReadout(await page.getByRole('status', { name: 'cursor position' }).textContent());
    // ψ(r)/r for Huber at |r| > δ is δ/|r|.
    expect(parseReadout(cells[2]!)).toBeCloseTo(1.2 / Math.abs(x), 5);
  });

  test('moving delta by keyboard updates the readout to what src/math computes', async ({ page }) => {
    const delta = page.getByRole('slider', { name: /delta/ });
    await expect(delta).toHaveValue('1');
    await delta.focus();
    for (let i = 0; i < 4; i++) await delta.press('ArrowRight');
    await expect(delta).toHaveValue('1.2');
    await expect(delta).toHaveAttribute('aria-valuetext', '1.20');
    const field = page.getByRole('spinbutton', { name: /delta value/ });
    await expect(field).toHaveValue('1.2');
    const x = parseReadout(await page.getByRole('status', { name: 'cursor position' }).textContent());
    const cells = await page.getByRole('row', { name: /^Huber/ }).getByRole('cell').allTextContents();
    expect(parseReadout(cells[0]!)).toBeCloseTo(huberAt(x, 1.2), 5);
    expect(parseReadout(cells[1]!)).toBeCloseTo(huberDerivAt(x, 1.2), 5);
    expect(Math.abs(huberAt(x, 1.2) - huberAt(x, 1))).toBeGreaterThan(1e-3);
    // Typing into the field moves the slider; text that means the current number is left as typed.
    await field.fill('1.50');
    await expect(delta).toHaveValue('1.5');
    await expect(delta).toHaveAttribute('aria-valuetext', '1.50');
    await expect(field).toHaveValue('1.50');
  });

  test('the keyboard cursor moves the readout; every row matches src/math', async ({ page }) => {
    const chart = lossChart(page);
    const cursor = page.getByRole('status', { name: 'cursor position' });
    const before = parseReadout(await cursor.textContent());
    await chart.focus();
    await chart.press('ArrowLeft');
    await chart.press('Shift+ArrowLeft');
    expect(parseReadout(await cursor.textContent())).toBeLessThan(before);
    await urlSettles(page, /at=1\.[0-9]/);
    await expectReadoutMatchesMath(page);
  });

  test('the readout sits in a contained box that keeps the table’s height as rows, columns and widths change', async ({ page }) => {
    const table = page.getByRole('table').filter({ has: page.getByRole('status', { name: 'cursor position' }) });
    // The box (the table's parent) must be size-contained, so a changing number lays out the table
    // alone, and must still be exactly as tall as the table, so nothing overlaps or leaves a gap.
    const heights = () =>
      table.evaluate((t) => ({
        box: t.parentElement!.getBoundingClientRect().height,
        table: t.getBoundingClientRect().height,
        contain: getComputedStyle(t.parentElement!).contain,
      }));
    const holds = async () =>
      expect(async () => {
        const h = await heights();
        expect(h.contain).toContain('size');
        expect(Math.abs(h.box - h.table)).toBeLessThan(0.5);
      }).toPass({ timeout: 20_000 });
    await holds();
    const start = (await heights()).table;
    await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).check();
    await expect(table.getByRole('row', { name: /^Log-cosh/ })).toBeVisible();
    await holds();
    expect((await heights()).table).toBeGreaterThan(start);
    await page.getByRole('checkbox', { name: 'Effective weight' }).uncheck();
    await expect(table.getByRole('columnheader', { name: 'Weight' })).toHaveCount(0);
    await holds();
    // A narrow phone: the side panel takes the page width and row headers may wrap.
    await page.setViewportSize({ width: 375, height: 800 });
    await holds();
    await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).uncheck();
    await expect(table.getByRole('row', { name: /^Log-cosh/ })).toHaveCount(0);
    await holds();
  });

  test('typesets the Huber formula and gradient with KaTeX and the current delta', async ({ page }) => {
    const huber = page.getByRole('figure', { name: 'Huber' });
    const katex = huber.locator('.katex-html').first();
    await expect(katex).toBeVisible();
    expect((await katex.boundingBox())?.height ?? 0).toBeGreaterThan(20);
    // δ's value in the visible formula and in the MathML a screen reader reads, written to the
    // slider's precision (δ moves in steps of 0.05: two decimals).
    const shownDelta = huber.locator('.katex-html [data-v="delta"]').first();
    await expect(shownDelta).toHaveText('1.00');
    const mathmlNumber = (v: string) => huber.locator('.katex-mathml mn').filter({ hasText: new RegExp(`^${v.replace('.', '\\.')}$`) });
    await expect(mathmlNumber('2.5')).toHaveCount(0);
    await expect(huber.locator('annotation')).toHaveCount(2);
    // Dragging δ rewrites the typeset number in place; once it rests the formula is typeset afresh.
    const slider = page.getByRole('slider', { name: /delta/ });
    await slider.focus();
    for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
    const moved = await slider.inputValue();
    expect(Number(moved)).toBeGreaterThan(1);
    const movedShown = Number(moved).toFixed(2);
    await expect(shownDelta).toHaveText(movedShown);
    await expect(mathmlNumber(movedShown).first()).toBeAttached();
    await page.getByRole('spinbutton', { name: /delta value/ }).fill('2.5');
    await expect(shownDelta).toHaveText('2.50');
    await expect(mathmlNumber('2.50').first()).toBeAttached();
    await expect(mathmlNumber(movedShown)).toHaveCount(0);
  });

  test('the highlighted branch follows the crosshair across |r| = δ', async ({ page }) => {
    const huber = page.getByRole('figure', { name: 'Huber' });
    const chart = lossChart(page);
    // Cursor starts at r = 2 > δ = 1: the linear branch (piece 1).
    await expect(huber).toHaveAttribute('data-active-piece', '1');
    await expect(huber.locator('[data-active="true"]').first()).toBeVisible();
    await expect(huber.getByText(/Active branch of Huber: \|r\| > δ/)).toBeAttached();
    await chart.focus();
    // 8 steps of (4 − (−4))/100 = 0.08 take r from 2 to 1.36 (still outside), 10 more to 0.56 (inside).
    for (let i = 0; i < 8; i++) await chart.press('ArrowLeft');
    await expect(huber).toHaveAttribute('data-active-piece', '1');
    await chart.press('Shift+ArrowLeft');
    await expect(huber).toHaveAttribute('data-active-piece', '0');
    await expect(huber.getByText(/Active branch of Huber: \|r\| ≤ δ/)).toBeAttached();
    // Raising δ above the cursor's |r| flips it too, from the parameter side.
    await page.getByRole('spinbutton', { name: /delta value/ }).fill('0.3');
    await expect(huber).toHaveAttribute('data-active-piece', '1');
  });
});

test.describe('explorer: numbers rewritten while a slider moves', () => {
  // Playwright's clock, so that a test can stop it: what a drag shows before its numbers rest then
  // does not depend on how fast the machine is.
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
  });

  const moveDelta = (page: Page, value: string) => dragSliderTo(page.getByRole('slider', { name: /delta/ }), value);

  /** Every δ glyph run in the typeset Huber formulas has been boxed (numberBoxes). */
  const deltaRunsBoxed = (page: Page) =>
    page
      .getByRole('figure', { name: 'Huber' })
      .locator('.katex-html [data-v="delta"] .mord')
      .evaluateAll((runs) => runs.length > 1 && runs.every((m) => getComputedStyle(m).contain.includes('size')));

  test('numbers rewritten in place during a drag stay on their line and match the slider', async ({ page }) => {
    const huber = page.getByRole('figure', { name: 'Huber' });
    await huber.scrollIntoViewIfNeeded();
    // Boxed once painted, before any drag: a drag's first frame has nothing to measure.
    await expect.poll(() => deltaRunsBoxed(page)).toBe(true);
    await stopPageClock(page);
    const typeset = await huber.evaluateHandle((f) => [...f.querySelectorAll('.katex-html [data-v="delta"] .mord')]);
    // Every δ glyph run's box, and whether it is the element that was typeset (rewritten in place).
    const read = () =>
      huber.evaluate(
        (f, first) =>
          [...f.querySelectorAll('.katex-html [data-v="delta"] .mord')].map((m, k) => {
            const r = m.getBoundingClientRect();
            return { text: m.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, same: m === first[k] };
          }),
        typeset,
      );
    const rest = await read();
    expect(rest.length).toBeGreaterThan(1);
    const frames: { shown: string; boxes: typeof rest }[] = [];
    for (const [value, shown] of [['1.05', '1.05'], ['1.1', '1.10'], ['1.45', '1.45'], ['1.5', '1.50'], ['1.8', '1.80']] as const) {
      await moveDelta(page, value);
      // One frame of the drag; the rest that typesets the formula again is far off.
      await page.clock.runFor(16);
      await expect(huber.locator('.katex-html [data-v="delta"] .mord')).toHaveText(rest.map(() => shown));
      frames.push({ shown, boxes: await read() });
    }
    for (const { shown, boxes } of frames) {
      expect(boxes.map((b) => b.text)).toEqual(rest.map(() => shown));
      boxes.forEach((b, k) => {
        expect(b.same).toBe(true);
        expect(Math.abs(b.top - rest[k]!.top)).toBeLessThan(0.5);
        expect(Math.abs(b.bottom - rest[k]!.bottom)).toBeLessThan(0.5);
        // Every value has the same digit count: the number keeps its place and width.
        expect(Math.abs(b.left - rest[k]!.left)).toBeLessThan(0.5);
        expect(Math.abs(b.right - b.left - (rest[k]!.right - rest[k]!.left))).toBeLessThan(0.5);
      });
    }
    // Once the numbers rest the formula is typeset afresh: new elements, boxed again once painted.
    await page.clock.resume();
    await expect.poll(async () => (await read()).every((b) => !b.same)).toBe(true);
    await expect.poll(() => deltaRunsBoxed(page)).toBe(true);
    const again = await read();
    // A box holds its glyphs where KaTeX's own layout puts them: take the box off, read, put it back.
    const natural = await huber.evaluate((f) =>
      [...f.querySelectorAll<HTMLElement>('.katex-html [data-v="delta"] .mord')].map((m) => {
        const css = m.style.cssText;
        m.style.cssText = '';
        const r = m.getBoundingClientRect();
        m.style.cssText = css;
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    // What the drag showed is where KaTeX itself puts the last value: no gap, no overlap.
    expect(again.map((b) => b.text)).toEqual(rest.map(() => '1.80'));
    again.forEach((b, k) => {
      const last = frames.at(-1)!.boxes[k]!;
      expect(Math.abs(b.left - last.left)).toBeLessThan(0.5);
      expect(Math.abs(b.right - last.right)).toBeLessThan(0.5);
      const free = natural[k]!;
      for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(b[side] - free[side])).toBeLessThan(0.5);
    });
  });

  test('a number moved and moved back before it rests shows the slider value again', async ({ page }) => {
    const huber = page.getByRole('figure', { name: 'Huber' });
    await huber.scrollIntoViewIfNeeded();
    await expect.poll(() => deltaRunsBoxed(page)).toBe(true);
    const shown = huber.locator('.katex-html [data-v="delta"]');
    const count = await shown.count();
    expect(count).toBeGreaterThan(1);
    // δ to 1.05 and, a frame later, back to 1, with the rest that typesets the formula again far off.
    await stopPageClock(page);
    await moveDelta(page, '1.05');
    await page.clock.runFor(16);
    await expect(shown).toHaveText(Array(count).fill('1.05'));
    await moveDelta(page, '1');
    await page.clock.runFor(16);
    await expect(page.getByRole('slider', { name: /delta/ })).toHaveValue('1');
    // The typeset numbers are written back at once, before any rest.
    await expect(shown).toHaveText(Array(count).fill('1.00'));
    // Long after the rest, every δ in the visible formulas still reads the slider's value.
    await page.clock.resume();
    await page.waitForTimeout(500);
    await expect(shown).toHaveText(Array(count).fill('1.00'));
  });
});
