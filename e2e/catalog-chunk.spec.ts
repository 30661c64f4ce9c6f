import type { Page } from '@playwright/test';
import { CATALOG_IDS, getLoss } from '../src/math/losses';
import { CORE_LOSSES } from '../src/math/losses/core';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, viewFromUrl } from './helpers';

/** The chunk with the losses beyond the notes' (src/math/losses/catalog.ts). */
const CATALOG_CHUNK = /\/assets\/catalog-[^/]*\.js$/;
const blockCatalog = (page: Page) => page.route(CATALOG_CHUNK, (route) => route.abort('internetdisconnected'));

test('the explorer paints on the notes’ losses, then the catalog fills in with every loss', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/');
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expect(page.locator('.loss-catalog input[type="checkbox"]')).toHaveCount(CORE_LOSSES.length + CATALOG_IDS.length);
  await page.getByRole('searchbox', { name: 'Filter losses' }).fill('giou');
  await expect(page.getByRole('checkbox', { name: getLoss('giou')!.title, exact: true })).toBeVisible();
  expect(fetched.some((u) => CATALOG_CHUNK.test(new URL(u).pathname))).toBe(true);
});

test('a link to a catalog loss says it is loading while its chunk is on the way, then opens on it', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(CATALOG_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?loss=barron,welsch&alpha=0&c=2');
  await expect(page.getByText('Loading the losses this link names…')).toBeVisible();
  release();
  await expect(lossChart(page).locator('canvas[data-series~="barron"]')).toHaveCount(1);
  expect(viewFromUrl(page).values.barron!.alpha).toBe(0);
  expect(viewFromUrl(page).values.welsch!.c).toBe(2);
  await expectReadoutMatchesMath(page);
  await expect(page.getByText(/Unknown loss/)).toHaveCount(0);
});

test('a catalog preset picked before the chunk has arrived is applied once it has', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(CATALOG_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'IoU vs GIoU vs DIoU vs CIoU', exact: true }).click();
  release();
  await expect(lossChart(page).locator('canvas[data-series~="giou"]')).toHaveCount(1);
  await expect.poll(() => viewFromUrl(page).preset).toBe('box-iou-giou-diou-ciou');
});

test('when the chunk cannot be fetched, the explorer keeps the notes’ losses and says why', async ({ page }) => {
  await blockCatalog(page);
  await page.goto('/');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('could not be loaded');
  await expect(page.getByRole('checkbox', { name: 'Huber', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: getLoss('giou')!.title, exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).check();
  await expect(lossChart(page).locator('canvas[data-series~="log_cosh"]')).toHaveCount(1);
});

test('a link to a catalog loss whose chunk cannot be fetched opens the default view with notices', async ({ page }) => {
  await blockCatalog(page);
  await page.goto('/?loss=giou');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('could not be loaded');
  await expect(notices).toContainText('Unknown loss');
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expectReadoutMatchesMath(page);
});
