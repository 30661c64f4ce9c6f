import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, readout, urlSettles, viewFromUrl } from './helpers';

test('a link opens the exact view; copying the address and reopening gives it back', async ({ page, browser }) => {
  const link = '/?v=1&loss=hinge,squared_hinge&axis=margin&apart=margin&margin.hinge=0.5&margin.squared_hinge=2&x=-2,3&at=0.3&panels=loss,d';
  await page.goto(link);
  await expect(page.getByRole('slider', { name: /margin · Hinge$/ })).toHaveValue('0.5');
  await expect(page.getByRole('slider', { name: /margin · Squared hinge$/ })).toHaveValue('2');
  await expect(page.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-2');
  await expect(page.getByRole('img', { name: /derivative along/ })).toBeVisible();
  await expectReadoutMatchesMath(page);
  const first = await readout(page);
  await expect(page.getByRole('region', { name: 'Notices' }).getByRole('paragraph')).toHaveCount(0);

  const copied = page.url();
  const again = await browser.newPage();
  try {
    await again.goto(copied);
    await expect(lossChart(again)).toBeVisible();
    const second = await readout(again);
    expect(second).toEqual(first);
    expect(viewFromUrl(again)).toEqual(viewFromUrl(page));
  } finally {
    await again.close();
  }
});

test('back and forward move between distinct views; parameter drags do not pile up history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true }).click();
  await urlSettles(page, /preset=hinge-squared-hinge/);
  const margin = page.getByRole('region', { name: 'Parameters' }).getByRole('slider', { name: /margin/ });
  await margin.focus();
  for (let i = 0; i < 5; i++) await margin.press('ArrowRight');
  await urlSettles(page, /margin=1\.25/);
  await page.getByRole('button', { name: 'Contrastive vs triplet', exact: true }).click();
  await urlSettles(page, /preset=contrastive-triplet/);

  await page.goBack();
  await urlSettles(page, /preset=hinge-squared-hinge/);
  await expect(lossChart(page).locator('canvas[data-series~="squared_hinge"]')).toHaveCount(1);
  await expect(margin).toHaveValue('1.25');
  await page.goBack();
  await urlSettles(page, /preset=huber-mse-mae/);
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await page.goForward();
  await urlSettles(page, /preset=hinge-squared-hinge/);
  await expectReadoutMatchesMath(page);
});

test('a malformed link still renders, clamps and drops what is bad, and says so in dismissable notices', async ({ page }) => {
  const bad =
    '/?loss=huber,<img src=x onerror=alert(1)>,mse,huber&delta=999&delta=2&x=9,1&at=abc&panels=loss,zzz&stray=<script>alert(2)</script>&v=7';
  page.on('dialog', () => {
    throw new Error('a link parameter ran as script');
  });
  await page.goto(bad);
  await expect(lossChart(page)).toBeVisible();
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('Unknown loss');
  await expect(notices).toContainText('delta = 999 is outside');
  await expect(notices).toContainText('appears 2 times');
  await expect(notices).toContainText('x-range');
  await expect(notices).toContainText('Ignored');
  await expect(page.getByRole('slider', { name: /delta/ })).toHaveValue('5');
  expect(await page.locator('img[src="x"], script:not([type="module"])').count()).toBe(0);
  await expectReadoutMatchesMath(page);

  const items = notices.getByRole('paragraph');
  const n = await items.count();
  expect(n).toBeGreaterThanOrEqual(5);
  await notices.getByRole('button', { name: /^Dismiss notice: Unknown loss/ }).click();
  await expect(items).toHaveCount(n - 1);
});

test('a link with nothing drawable falls back to the default comparison', async ({ page }) => {
  await page.goto('/?loss=nope,%22%3E%3Cb%3Ebold&axis=sideways');
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Unknown axis');
  expect(await page.locator('main b').count()).toBe(0);
});
