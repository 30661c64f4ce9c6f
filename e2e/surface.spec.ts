import type { Page } from '@playwright/test';
import { decodeSurface } from '../app/state/surfaceCodec';
import { datasetOf, getPreset, makeDataset, objectiveAt, surfaceCpu, type Regularizer } from '../src/math/surface';
import { expect, parseReadout, test, withoutWebgl } from './fixtures';

/** The objective at the link's weights for loss `id`, in float64 from src/math. */
function expected(page: Page, id: string) {
  const s = decodeSurface(new URL(page.url()).search).state;
  const d = s.kind === 'regression' ? 1 : 2;
  const dataset = s.edited ? datasetOf(s.kind, d, s.edited.x, s.edited.y) : makeDataset(s.data, s.seed, s.n)!;
  const reg: Regularizer = s.reg === 'none' ? { kind: 'none' } : { kind: s.reg, lambda: s.lambda, l1Ratio: s.l1_ratio };
  return objectiveAt({ dataset, lossId: id, params: s.values[id] ?? {}, reg }, s.point[0], s.point[1]);
}

/** The readout under one surface: objective, ∂u, ∂v as numbers. */
async function readout(page: Page, title: string) {
  const dds = await page.getByRole('figure', { name: title }).locator('dl dd').allTextContents();
  return dds.slice(0, 3).map(parseReadout);
}

async function expectReadoutMatches(page: Page, title: string, id: string) {
  await expect(async () => {
    const [value, du, dv] = await readout(page, title);
    const want = expected(page, id);
    expect(value).toBeCloseTo(want.value, 4);
    expect(du).toBeCloseTo(want.du, 4);
    expect(dv).toBeCloseTo(want.dv, 4);
  }).toPass({ timeout: 15_000 });
}

const MSE = 'Mean squared error objective surface';
const HUBER = 'Huber objective surface';

test('two surfaces on the GPU; moving the weights by keyboard moves the readout to src/math', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface');
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 20_000 });
  await expect(page.getByRole('figure', { name: MSE }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('figure', { name: HUBER }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expectReadoutMatches(page, MSE, 'mse');
  const badge = page.getByRole('status', { name: 'Surface backend' });
  await expect(badge).toContainText('128×128');
  const frames = await badge.getAttribute('data-frames');
  const weights = page.getByRole('slider', { name: `Weights on ${HUBER}` });
  await weights.focus();
  await weights.press('ArrowRight');
  await weights.press('Shift+ArrowUp');
  await expect.poll(() => decodeSurface(new URL(page.url()).search).state.point[0]).not.toBe(1.5);
  await expectReadoutMatches(page, HUBER, 'huber');
  await expectReadoutMatches(page, MSE, 'mse');
  // Moving the weights changes no surface: the full-grid pictures stay and none is computed again.
  await page.waitForTimeout(500);
  expect(await badge.getAttribute('data-frames')).toBe(frames);
  await expect(badge).toContainText('128×128');
});

test('editing the data by keyboard changes the surface and the link', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=regression&data=reg-clean&loss=mse,mae');
  const data = page.getByRole('listbox', { name: 'Training data' });
  await data.focus();
  await data.press('ArrowRight');
  await data.press('Shift+ArrowUp');
  await data.press('Shift+ArrowUp');
  await expect.poll(() => new URL(page.url()).searchParams.get('pts')).not.toBeNull();
  await expectReadoutMatches(page, 'Mean absolute error (L1) objective surface', 'mae');
  await page.getByRole('button', { name: 'Inject outlier' }).click();
  await expectReadoutMatches(page, MSE, 'mse');
});

test('regularization and gradient descent: a path that runs to its last step', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=binary&data=bin-separable&loss=hinge,bce_logits&reg=l2&lam=0.05');
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 20_000 });
  const hinge = page.getByRole('figure', { name: 'Hinge objective surface' });
  await expect(hinge.getByText(/minimum/).first()).toBeVisible();
  await expectReadoutMatches(page, 'Hinge objective surface', 'hinge');
  await hinge.locator('.surface-hit').click({ position: { x: 20, y: 20 } });
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBeNull();
  await page.getByRole('spinbutton', { name: /steps value/ }).fill('20');
  await expect(page.getByRole('status', { name: 'Descent step' })).toHaveText('step 20 of 20', { timeout: 15_000 });
  await expect(page.getByRole('img', { name: /Hinge objective per step/ })).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status', { name: 'Descent step' })).toHaveText('step 0 of 20');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Descent step' })).toHaveText('step 1 of 20');
});

test('moving λ only adds λR(w) to the data term: the badge says so and the picture is the float64 surface at the new λ', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=binary&data=bin-overlap&loss=hinge&reg=l2&lam=0.01');
  const badge = page.getByRole('status', { name: 'Surface backend' });
  await expect(badge).toContainText('WebGL · ', { timeout: 20_000 });
  await expect(badge).toContainText('128×128');
  const lambda = page.getByRole('slider', { name: /lambda/ });
  await lambda.focus();
  for (let i = 0; i < 4; i++) await lambda.press('ArrowRight');
  await expect.poll(() => decodeSurface(new URL(page.url()).search).state.lambda).toBeGreaterThan(0.01);
  await expect(badge).toContainText(/WebGL · [\d.]+ ms for 128×128 · only λR\(w\) recomputed/, { timeout: 10_000 });
  // The colour legend names the field's extent; it must be that of the float64 surface at the new λ.
  const s = decodeSurface(new URL(page.url()).search).state;
  const want = surfaceCpu({
    dataset: makeDataset(s.data, s.seed, s.n)!,
    lossId: 'hinge',
    params: {},
    grid: { ...getPreset(s.data)!.grid, size: 128 },
    reg: { kind: 'l2', lambda: s.lambda, l1Ratio: s.l1_ratio },
  });
  const lo = Math.min(...want.value);
  const hi = Math.max(...want.value);
  const legend = page.getByRole('figure', { name: 'Hinge objective surface' }).getByRole('img', { name: /^Colour scale: objective from/ });
  await expect(async () => {
    const m = /from (\S+) \(dark\) to (\S+) \(bright\)/.exec((await legend.getAttribute('aria-label')) ?? '');
    expect(m).not.toBeNull();
    // Four significant digits are shown.
    expect(Math.abs(Number(m![1]) - lo)).toBeLessThanOrEqual(1e-3 * Math.abs(lo) + 1e-9);
    expect(Math.abs(Number(m![2]) - hi)).toBeLessThanOrEqual(1e-3 * Math.abs(hi));
  }).toPass({ timeout: 10_000 });
  await expectReadoutMatches(page, 'Hinge objective surface', 'hinge');
});

test('separable data, hinge, no regularization: the page says the minimizer is not unique', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=binary&data=bin-separable&loss=hinge&reg=none');
  await expect(page.getByText(/the minimizer is not unique/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('radio', { name: 'L2 (ridge)' }).check();
  await expect(page.getByText(/the minimizer is not unique/)).toHaveCount(0, { timeout: 20_000 });
});

test('a loss undefined on the data, and bad points in a link, give clear messages and no NaN picture', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=regression&loss=msle&pts=1,Infinity;2,3');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Edited points ignored');
  await expect(page.getByRole('figure', { name: /Mean squared logarithmic error/ })).toContainText(/undefined|−1/, { timeout: 20_000 });
});

test('context loss: the view falls back to the CPU, keeps its picture and recovers', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const seen: WebGLRenderingContext[] = [];
    // Test instrumentation: remember every WebGL context (tfjs draws on an OffscreenCanvas) so the test can lose them.
    for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as unknown as { getContext: (...a: unknown[]) => unknown }[]) {
      const orig = proto.getContext;
      proto.getContext = function (this: unknown, type: unknown, ...rest: unknown[]) {
        const ctx = orig.call(this, type, ...rest);
        if (ctx && typeof type === 'string' && /webgl/.test(type)) seen.push(ctx as WebGLRenderingContext);
        return ctx;
      };
    }
    (window as unknown as { glContextsSeen: WebGLRenderingContext[] }).glContextsSeen = seen;
  });
  await page.goto('/?view=surface');
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 20_000 });
  // Every text the badge shows from the loss on (a surface still in flight may be the first to meet it).
  await page.evaluate(() => {
    const badge = document.querySelector('.backend-badge')!;
    const log: string[] = [];
    (window as unknown as { badgeTexts: string[] }).badgeTexts = log;
    new MutationObserver(() => log.push(badge.textContent ?? '')).observe(badge, { subtree: true, childList: true, characterData: true });
    for (const gl of (window as unknown as { glContextsSeen: WebGLRenderingContext[] }).glContextsSeen) {
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  });
  const badgeLog = () => page.evaluate(() => (window as unknown as { badgeTexts: string[] }).badgeTexts.join('\n'));
  // The browser marks a context lost asynchronously (through the GPU process): wait until every one is,
  // or a busy machine computes the next surfaces on a context that is not lost yet.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { glContextsSeen: WebGLRenderingContext[] }).glContextsSeen.every((gl) => gl.isContextLost())))
    .toBe(true);
  // New data: surfaces already computed would be reused (only their data term matters), these cannot.
  const reseed = page.getByRole('button', { name: 'Reseed' });
  await reseed.click();
  await expect.poll(badgeLog, { timeout: 20_000 }).toMatch(/CPU.*context was lost/);
  await expect(page.getByRole('figure', { name: HUBER }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expectReadoutMatches(page, HUBER, 'huber');
  // A fresh context is requested in the background; the next surfaces come from WebGL again.
  await reseed.click();
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 20_000 });
  await expectReadoutMatches(page, HUBER, 'huber');
});

test('without WebGL the surfaces come from the CPU worker, the badge says so and the numbers agree', async ({ baseURL }) => {
  test.setTimeout(90_000);
  await withoutWebgl(baseURL, async (page) => {
    await page.goto('/?view=surface');
    const badge = page.getByRole('status', { name: 'Surface backend' });
    await expect(badge).toContainText('CPU', { timeout: 30_000 });
    await expect(badge).toContainText('WebGL unavailable');
    await expect(page.getByRole('figure', { name: HUBER }).locator('canvas')).toBeVisible({ timeout: 30_000 });
    await expectReadoutMatches(page, HUBER, 'huber');
  });
});

test('deleting the last point leaves an empty dataset: a clear message, no picture, and the page still works', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?view=surface&model=regression&data=reg-clean&n=1&loss=mse');
  await expect(page.getByRole('figure', { name: MSE }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  const data = page.getByRole('listbox', { name: 'Training data' });
  await data.focus();
  await data.press('ArrowRight');
  await data.press('Delete');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('figure', { name: /objective surface/ }).locator('canvas')).toHaveCount(0);
  // Adding a point brings the surface back.
  await page.getByRole('button', { name: 'Add point' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('figure', { name: MSE }).locator('canvas')).toBeVisible({ timeout: 30_000 });
});
