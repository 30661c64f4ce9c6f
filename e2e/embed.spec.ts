import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { expect, test } from './fixtures';
import { lossChart, urlSettles } from './helpers';

// The host pages below live on another origin (http://host.test, served by page.route) and frame the app on
// 127.0.0.1: Chromium's local-network-access check would block that frame, as it would a public site framing
// a local server. A real host and the app share an address space, so the check is off here.
test.use({ launchOptions: { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

/** The parameter sliders on a page or in a frame: every slider but the chart's cursor. */
function paramSliders(scope: Page | FrameLocator) {
  return scope.getByRole('slider').and(scope.locator('input[type="range"]'));
}

/** The explorer's loss chart (its cursor is a slider) on a page or in a frame. */
function chartIn(scope: Page | FrameLocator) {
  return scope.getByRole('slider', { name: /^Loss curves of .*: cursor/ });
}

async function axe(page: Page) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const HUBER_EMBED = '/?loss=huber,quantile&axis=residual&delta=1.5&panels=loss,d&embed=1&controls=delta';

test('an explorer embed shows its figure and the δ slider alone, no header; values survive a reload', async ({ page }) => {
  await page.goto(HUBER_EMBED);
  await expect(lossChart(page)).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Choose losses' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Formulas and code' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Derivative' })).toHaveCount(0);
  const sliders = paramSliders(page);
  await expect(sliders).toHaveCount(1);
  const delta = page.getByRole('slider', { name: /delta/ });
  await expect(delta).toBeVisible();
  await expect(page.getByRole('slider', { name: /tau/ })).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: /delta value/ })).toHaveValue('1.5');
  // The hidden panel choice is kept: the derivative panel is drawn.
  await expect(page.getByRole('img', { name: /: derivative along/ })).toBeVisible();
  const out = page.getByRole('link', { name: /Open in Loss Atlas/ });
  await expect(out).toHaveAttribute('target', '_blank');
  await delta.focus();
  await delta.press('ArrowRight');
  await expect(page.getByRole('spinbutton', { name: /delta value/ })).toHaveValue('1.55');
  await expect(out).toHaveAttribute('href', /delta=1\.55/);
  await expect(out).not.toHaveAttribute('href', /embed=|controls=/);
  await urlSettles(page, /delta=1\.55.*embed=1&controls=delta/);
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: /delta value/ })).toHaveValue('1.55');
  await expect(paramSliders(page)).toHaveCount(1);
  // The page is as tall as its content, not the window.
  await page.setViewportSize({ width: 640, height: 1600 });
  await expect.poll(() => page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThan(1200);
});

test('an embed without controls= shows the drawn losses’ parameters; unknown names give a compact notice', async ({ page }) => {
  await page.goto('/?loss=huber,quantile,mse&axis=residual&embed=1');
  await expect(lossChart(page)).toBeVisible();
  await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: /tau/ })).toBeVisible();
  await expect(paramSliders(page)).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Choose losses' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Notices' }).getByText(/./)).toHaveCount(0);

  await page.goto('/?loss=huber&axis=residual&embed=1&controls=delta,bogus,Bad!');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('“bogus” is not a control of this view');
  await expect(notices).toContainText('“Bad!” is not a control name');
  await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
  await expect(lossChart(page)).toBeInViewport();
});

test('embeds of a surface view and of a lesson step render their figure', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?view=surface&reg=l2&lambda=0.5&embed=1&controls=lambda');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('.surface-card canvas').first()).toBeVisible();
  await expect(page.getByRole('slider', { name: /lambda/ })).toBeVisible();
  await expect(paramSliders(page)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Problem' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Gradient descent' })).toHaveCount(0);

  await page.goto('/?view=lesson&id=softmax&step=2&embed=1&controls=steps');
  const figure = page.getByRole('region', { name: /^Figure:/ });
  await expect(figure).toBeVisible();
  await expect(page.getByRole('region', { name: 'Explanation' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'All lessons' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Lesson steps' })).toBeVisible();
  await page.goto('/?view=lesson&id=softmax&step=2&embed=1&controls=text');
  await expect(page.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Figure:/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lesson steps' })).toHaveCount(0);
});

test('axe finds no serious or critical violation in an embed (explorer, surface, lesson)', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(HUBER_EMBED);
  await expect(lossChart(page)).toBeVisible();
  await axe(page);
  await page.goto('/?view=surface&embed=1&controls=loss,reg,lambda,descent');
  await expect(page.locator('.surface-card canvas').first()).toBeVisible();
  await axe(page);
  await page.goto('/?view=lesson&id=kl&step=1&embed=1&controls=predict,text');
  await expect(page.getByRole('region', { name: /^Figure:/ })).toBeVisible();
  await axe(page);
});

/** A page on another origin that frames `src` and keeps what the frame tells it. */
function hostPage(src: string): string {
  return `<!doctype html><html lang="en"><head><title>Host</title></head><body><main>
<h1>A docs page</h1>
<iframe id="atlas" src="${src}" title="Huber loss, from Loss Atlas" style="width: 720px; height: 150px; border: 0"></iframe>
<script>
window.messages = [];
const frame = document.getElementById('atlas');
addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || !e.data || e.data.source !== 'loss-atlas') return;
  window.messages.push(e.data);
  if (typeof e.data.height === 'number') frame.style.height = e.data.height + 'px';
});
window.send = (m) => frame.contentWindow.postMessage(m, '*');
</script></main></body></html>`;
}

type Msg = { type: string; height?: number; view?: string; params?: Record<string, unknown>; changed?: string[] };

test('in a frame: ready and height reach the host, the frame fits, set moves the slider, the reader’s change is told', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.route('http://host.test/**', (route) => route.fulfill({ contentType: 'text/html', body: hostPage(`${baseURL}${HUBER_EMBED}`) }));
  await page.goto('http://host.test/docs.html');
  const messages = () => page.evaluate(() => (window as unknown as { messages: Msg[] }).messages);
  await expect.poll(async () => (await messages()).map((m) => m.type)).toContain('ready');
  const ready = (await messages()).find((m) => m.type === 'ready')!;
  expect(ready.view).toBe('explorer');
  expect(ready.params).toMatchObject({ loss: 'huber,quantile', delta: 1.5, tau: 0.5 });

  const frame = page.frameLocator('iframe[title="Huber loss, from Loss Atlas"]');
  await expect(chartIn(frame)).toBeVisible();
  // The frame takes the height the embed last reported, and then nothing inside it scrolls.
  await expect
    .poll(async () => {
      const ms = await messages();
      const last = ms.filter((m) => typeof m.height === 'number').at(-1)!.height!;
      const box = await page.locator('#atlas').boundingBox();
      return Math.abs((box?.height ?? 0) - last) <= 1 && last > 150;
    })
    .toBe(true);
  const inner = await page.frames().find((f) => f.url().includes('embed=1'))!.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.client);

  // The host sets δ; the value goes through the link's clamping.
  await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ source: 'loss-atlas-host', type: 'set', params: { delta: 2.5 } }));
  const value = frame.getByRole('spinbutton', { name: /delta value/ });
  await expect(value).toHaveValue('2.5');
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ source: 'loss-atlas-host', type: 'set', params: { delta: 1e9 } }));
  await expect(value).not.toHaveValue('2.5');
  await expect.poll(() => warnings.join('\n')).toMatch(/delta = 1000000000 is outside .*; set to 5/);
  // A malformed message changes nothing and is said in the console.
  await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ source: 'loss-atlas-host', type: 'set', params: 'delta=1' }));
  await expect.poll(() => warnings.join('\n')).toMatch(/message ignored/);
  await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ source: 'loss-atlas-host', type: 'set', params: { delta: 2 } }));
  await expect(value).toHaveValue('2');
  const before = (await messages()).filter((m) => m.type === 'change').length;
  expect(before).toBe(0);

  // The reader moves the slider by keyboard: the host is told.
  const slider = frame.getByRole('slider', { name: /delta/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(value).toHaveValue('2.05');
  await expect.poll(async () => (await messages()).filter((m) => m.type === 'change').at(-1)?.params?.delta).toBe(2.05);
  const change = (await messages()).filter((m) => m.type === 'change').at(-1)!;
  expect(change.changed).toContain('delta');
  expect(change.view).toBe('explorer');
});

test('in a frame, a surface embed takes the host’s values through its own link fields', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const src = `${baseURL}/?view=surface&reg=l2&lambda=0.5&embed=1&controls=reg,lambda`;
  await page.route('http://host.test/**', (route) => route.fulfill({ contentType: 'text/html', body: hostPage(src) }));
  await page.goto('http://host.test/surface.html');
  const frame = page.frameLocator('iframe');
  const lambda = frame.getByRole('spinbutton', { name: /lambda value/ });
  await expect(lambda).toHaveValue('0.5');
  const send = (m: unknown) => page.evaluate((msg) => (window as unknown as { send: (m: unknown) => void }).send(msg), m);
  await send({ source: 'loss-atlas-host', type: 'set', params: { lambda: 0.03 } });
  await expect(lambda).toHaveValue('0.03');
  await send({ source: 'loss-atlas-host', type: 'set', params: { reg: 'none' } });
  await expect(lambda).toHaveCount(0);
  await expect(frame.getByRole('radio', { name: 'None' })).toBeChecked();
  // The reader picks L2 again: the host hears the change, with λ kept.
  await frame.getByRole('radio', { name: 'L2 (ridge)' }).check();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { messages: Msg[] }).messages.filter((m) => m.type === 'change').at(-1)?.params))
    .toMatchObject({ reg: 'l2', lambda: 0.03 });
});
