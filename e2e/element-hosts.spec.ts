import { expect, test } from './fixtures';
import { APP, embedRequests, expectAxeClean, expectCurves, heavy, HOSTS, recordRequests, stepHuberDelta } from './hosts/helpers';

// <loss-atlas-curves> where docs live, each page on another origin than the app (e2e/hosts).

test('a page with a strict Content-Security-Policy: it draws, moves by keyboard, and breaks no rule', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  const urls = recordRequests(page);
  await page.goto(`${HOSTS}/csp.html`);
  const figure = page.locator('loss-atlas-curves');
  await expectCurves(figure, 1);
  await stepHuberDelta(figure);
  await expectAxeClean(page);
  expect(refused).toEqual([]);
  expect(heavy(urls)).toEqual([]);
});

test('a sandboxed iframe (allow-scripts only): it draws and moves by keyboard', async ({ page }) => {
  await page.goto(`${HOSTS}/sandbox.html`);
  const figure = page.frameLocator('iframe[title="Huber loss figure"]').locator('loss-atlas-curves');
  await expectCurves(figure, 1);
  // Sandboxed indeed: the frame's origin is opaque, so the module came through CORS.
  expect(await figure.evaluate(() => self.origin)).toBe('null');
  await stepHuberDelta(figure);
  await expectAxeClean(page);
  // What the frame fetched, from its own resource timing (Playwright does not see an opaque-origin srcdoc frame's requests).
  const urls = await figure.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(embedRequests(urls)).toContain(`${APP}/embed/loss-atlas.js`);
  expect(heavy(urls)).toEqual([]);
});

test('a React page that imports the component: both figures draw from one module, and the page hears changes', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${HOSTS}/react/`);
  const [huber, hinge] = [page.locator('loss-atlas-curves').first(), page.locator('loss-atlas-curves').nth(1)];
  await expectCurves(huber, 1);
  await expectCurves(hinge, 2);
  await stepHuberDelta(huber);
  await expect(page.getByLabel('delta seen by the page')).toHaveText('1.55');
  const embed = embedRequests(urls);
  expect(embed.filter((u) => u === `${APP}/embed/loss-atlas.js`)).toHaveLength(1);
  expect(embed.length).toBe(new Set(embed).size);
  expect(heavy(urls)).toEqual([]);
  await expectAxeClean(page);
});
