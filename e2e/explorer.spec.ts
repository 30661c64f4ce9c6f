import { huberAt, huberDerivAt } from '../src/math/losses/huber';
import { expect, parseReadout, test } from './fixtures';

test.describe('first page: Huber vs MSE vs MAE', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('draws one curve per loss over the residual', async ({ page }) => {
    const chart = page.getByRole('slider', { name: /loss curves.*cursor/i });
    await expect(chart).toBeVisible();
    for (const id of ['huber', 'mse', 'mae']) {
      const d = await chart.locator(`path[data-series="${id}"]`).getAttribute('d');
      expect(d?.length ?? 0).toBeGreaterThan(100);
      expect(d).not.toContain('NaN');
    }
    await expect(page.getByRole('list', { name: 'Curves' }).getByRole('listitem')).toHaveCount(3);
  });

  test('moving delta by keyboard updates the readout to what src/math computes', async ({ page }) => {
    const delta = page.getByRole('slider', { name: /delta/ });
    await expect(delta).toHaveValue('1');
    await delta.focus();
    for (let i = 0; i < 4; i++) await delta.press('ArrowRight');
    await expect(delta).toHaveValue('1.2');
    await expect(page.getByRole('spinbutton', { name: /delta value/ })).toHaveValue('1.2');

    const x = parseReadout(await page.getByRole('status', { name: 'cursor position' }).textContent());
    const row = page.getByRole('row', { name: /^Huber/ });
    const [value, deriv] = await row.getByRole('cell').allTextContents();
    expect(parseReadout(value!)).toBeCloseTo(huberAt(x, 1.2), 5);
    expect(parseReadout(deriv!)).toBeCloseTo(huberDerivAt(x, 1.2), 5);
    // the value really moved: with δ = 1 it would be different at this cursor
    expect(Math.abs(huberAt(x, 1.2) - huberAt(x, 1))).toBeGreaterThan(1e-3);
  });

  test('moving the cursor by keyboard moves the readout', async ({ page }) => {
    const chart = page.getByRole('slider', { name: /loss curves.*cursor/i });
    const cursor = page.getByRole('status', { name: 'cursor position' });
    const before = parseReadout(await cursor.textContent());
    await chart.focus();
    await chart.press('ArrowLeft');
    const after = parseReadout(await cursor.textContent());
    expect(after).toBeLessThan(before);
    const mse = page.getByRole('row', { name: /^Mean squared/i }).getByRole('cell').first();
    await expect(mse).toHaveText(String(Number((after * after).toPrecision(6))));
  });

  test('typesets the Huber formula with KaTeX and the current delta', async ({ page }) => {
    const huber = page.getByRole('figure', { name: 'Huber' });
    const katex = huber.locator('.katex-html').first();
    await expect(katex).toBeVisible();
    const box = await katex.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(20);
    await expect(huber.locator('annotation')).toContainText('\\le {1}');
    await page.getByRole('spinbutton', { name: /delta value/ }).fill('2.5');
    await expect(huber.locator('annotation')).toContainText('\\le {2.5}');
  });
});
