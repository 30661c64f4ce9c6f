import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart } from './helpers';

const serious = (v: { impact?: string | null }) => v.impact === 'serious' || v.impact === 'critical';

async function axe(page: import('@playwright/test').Page) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter(serious);
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const link of ['/', '/?loss=bce_logits,focal&axis=logit&panels=loss,d,w', '/?loss=hinge,squared_hinge&axis=margin&apart=margin']) {
      await page.goto(link);
      await page.locator('.katex').first().waitFor();
      await axe(page);
    }
  });
}

test('axe is clean with a notice and an axis explanation open', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?loss=huber&delta=99');
  await page.getByRole('searchbox', { name: 'Filter losses' }).fill('triplet');
  await page.getByRole('checkbox', { name: 'Triplet margin', exact: true }).click();
  await expect(page.getByText(/has no curve over the residual/)).toBeVisible();
  await axe(page);
});

test('dark theme: the toggle switches colours, is remembered, and the system choice can come back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await bg();
  expect(dark).not.toBe(light);
  // A dark background: every channel low.
  expect(Math.max(...dark.match(/\d+/g)!.slice(0, 3).map(Number))).toBeLessThan(60);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await bg()).toBe(dark);
  await page.getByRole('radio', { name: 'System' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await bg()).toBe(light);
});

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('nothing scrolls sideways and every part still works', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await expect(lossChart(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await lossChart(page).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(box!.width).toBeGreaterThan(250);
    await page.getByText('Losses', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).check();
    await expect(lossChart(page).locator('canvas[data-series~="log_cosh"]')).toHaveCount(1);
    const delta = page.getByRole('slider', { name: /delta/ });
    await delta.focus();
    await delta.press('ArrowRight');
    await expect(delta).toHaveValue('1.05');
    await expectReadoutMatchesMath(page);
    await axe(page);
  });
});

test('every control is reachable by Tab and shows a visible focus ring', async ({ page }) => {
  await page.goto('/');
  // The catalog and the parameters arrive just after the chart's first paint.
  await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      return { tag: el.tagName, name: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? '', outline: cs.outlineStyle, width: cs.outlineWidth };
    });
    expect(info).not.toBeNull();
    expect(info!.outline, `focus ring on ${info!.tag} ${info!.name}`).not.toBe('none');
    seen.add(info!.tag);
  }
  expect([...seen]).toEqual(expect.arrayContaining(['A', 'INPUT', 'BUTTON']));
});
