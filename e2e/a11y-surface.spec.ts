import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`surface view: axe finds no serious or critical violation (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/?view=surface&model=binary&data=bin-separable&loss=hinge,bce_logits&reg=l2&lam=0.05&start=3,-3');
    await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 30_000 });
    await page.locator('.katex').first().waitFor();
    const res = await new AxeBuilder({ page }).analyze();
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('surface view at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('nothing scrolls sideways', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/?view=surface');
    await expect(page.getByRole('figure', { name: 'Huber objective surface' }).locator('canvas')).toBeVisible({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
