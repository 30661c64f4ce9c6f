import type { Page } from '@playwright/test';
import { WORKER_READY } from '../app/workers/protocol';
import { expect, test } from './fixtures';

// Each fault of the surface view's engine, injected: a request aborted or never answered (page.route), a
// browser API that throws (init scripts). Each ends in a reason on the badge and surfaces still drawn.

const LINK = '/?view=surface&model=regression&data=reg-clean&loss=mse';
const MSE = 'Mean squared error objective surface';

const badge = (page: Page) => page.getByRole('status', { name: 'Surface backend' });
const surface = (page: Page) => page.getByRole('figure', { name: MSE }).first().locator('canvas').first();

/** tfjs's chunk fails to load. */
const abortTfjs = (page: Page) => page.route(/tfjs/, (route) => route.abort());
/** The float64 worker's script fails to load. */
const abortWorker = (page: Page) => page.route(/surface\.worker/, (route) => route.abort());

/** The surface is drawn, and new data (Reseed) draws a new one: the view still works. */
async function expectWorkingSurface(page: Page) {
  await expect(surface(page)).toBeVisible({ timeout: 30_000 });
  const frames = Number(await badge(page).getAttribute('data-frames'));
  await page.getByRole('button', { name: 'Reseed' }).click();
  await expect.poll(async () => Number(await badge(page).getAttribute('data-frames')), { timeout: 30_000 }).toBeGreaterThan(frames);
  await expect(surface(page)).toBeVisible();
  await expect(page.getByText('Computing the surface…')).toHaveCount(0);
}

test('tfjs fails to load: the CPU worker computes the surfaces and the badge says why', async ({ page }) => {
  test.setTimeout(60_000);
  await abortTfjs(page);
  await page.goto(LINK);
  await expect(badge(page)).toContainText('CPU (float64)', { timeout: 30_000 });
  await expect(badge(page)).toContainText('WebGL unavailable (tfjs could not be loaded');
  await expectWorkingSurface(page);
});

test('tfjs never arrives: after the load limit the CPU path takes over', async ({ page }) => {
  test.setTimeout(60_000);
  // The limit is shortened for this page only; the request is never answered, so nothing races.
  await page.addInitScript(() => {
    (globalThis as { lossAtlasLoadLimitMs?: number }).lossAtlasLoadLimitMs = 1000;
  });
  await page.route(/tfjs/, () => undefined);
  await page.goto(LINK);
  await expect(badge(page)).toContainText('CPU (float64)', { timeout: 30_000 });
  await expect(badge(page)).toContainText('did not start within 1 s');
  await expectWorkingSurface(page);
});

test('the worker fails to load (and no GPU): surfaces are computed inline, the badge says so', async ({ page }) => {
  test.setTimeout(60_000);
  await abortTfjs(page);
  await abortWorker(page);
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the float64 worker failed to load or stopped', { timeout: 30_000 });
  await expect(badge(page)).toContainText('CPU (float64)');
  await expectWorkingSurface(page);
});

test('the worker script never arrives (and no GPU): after the start limit, surfaces are computed inline', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    (globalThis as { lossAtlasLoadLimitMs?: number }).lossAtlasLoadLimitMs = 1000;
  });
  await abortTfjs(page);
  await page.route(/surface\.worker/, () => undefined);
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the float64 worker did not start within 1 s', { timeout: 30_000 });
  await expectWorkingSurface(page);
});

test('the worker dies during a request (and no GPU): the request rejects with its error, surfaces are computed inline', async ({ page }) => {
  test.setTimeout(60_000);
  await abortTfjs(page);
  // A worker that starts, then throws on the first job it is given.
  await page.route(/surface\.worker/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `self.postMessage(${JSON.stringify(WORKER_READY)}); self.onmessage = () => { throw new Error('worker crashed mid-request'); };`,
    }),
  );
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the float64 worker failed to load or stopped', { timeout: 30_000 });
  await expect(badge(page)).toContainText('worker crashed mid-request');
  await expectWorkingSurface(page);
});

test('the worker cannot be constructed (and no GPU): surfaces are computed inline, the badge says so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    window.Worker = function () {
      throw new Error('Workers are blocked here');
    } as unknown as typeof Worker;
  });
  await abortTfjs(page);
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the float64 worker could not start (Workers are blocked here)', { timeout: 30_000 });
  await expectWorkingSurface(page);
});

test('the worker fails to load while WebGL works: the regularization path gives up and says so; the GPU still draws', async ({ page }) => {
  test.setTimeout(60_000);
  await abortWorker(page);
  // L2 regularization: at rest the view traces the optimum's λ-path, which only the worker computes.
  await page.goto(`${LINK}&reg=l2`);
  await expect(badge(page)).toContainText('WebGL', { timeout: 30_000 });
  await expect(badge(page)).toContainText('the float64 worker failed to load or stopped', { timeout: 30_000 });
  await expectWorkingSurface(page);
  await expect(badge(page)).toContainText('WebGL');
});

test('a GPU without float32 render targets: surfaces go to the CPU, the badge says why', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype as { getExtension(name: string): unknown };
    const get = proto.getExtension;
    proto.getExtension = function (this: WebGL2RenderingContext, name: string) {
      return name === 'EXT_color_buffer_float' ? null : get.call(this, name);
    };
  });
  await page.goto(LINK);
  await expect(badge(page)).toContainText('CPU (float64)', { timeout: 30_000 });
  await expect(badge(page)).toContainText('cannot render to float32 textures');
  await expectWorkingSurface(page);
});

test('a surface shader that fails to compile: that kernel goes to the CPU with the reason', async ({ page }) => {
  test.setTimeout(60_000);
  // Only the surface programs (they declare the grid uniform) fail; tfjs's own programs compile.
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const broken = new WeakSet<object>();
    const { shaderSource, attachShader, getShaderParameter, getProgramParameter } = proto;
    proto.shaderSource = function (this: WebGL2RenderingContext, shader: WebGLShader, source: string) {
      if (source.includes('u_grid')) broken.add(shader);
      return shaderSource.call(this, shader, source);
    };
    proto.attachShader = function (this: WebGL2RenderingContext, program: WebGLProgram, shader: WebGLShader) {
      if (broken.has(shader)) broken.add(program);
      return attachShader.call(this, program, shader);
    };
    proto.getShaderParameter = function (this: WebGL2RenderingContext, shader: WebGLShader, p: number) {
      return p === this.COMPILE_STATUS && broken.has(shader) ? false : getShaderParameter.call(this, shader, p);
    };
    proto.getProgramParameter = function (this: WebGL2RenderingContext, program: WebGLProgram, p: number) {
      return p === this.LINK_STATUS && broken.has(program) ? false : getProgramParameter.call(this, program, p);
    };
  });
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the WebGL kernel failed', { timeout: 30_000 });
  await expect(badge(page)).toContainText('CPU (float64)');
  await expectWorkingSurface(page);
});

test('a GPU read-back that throws: the CPU computes the surface with the reason', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    proto.getBufferSubData = function () {
      throw new Error('read-back refused');
    };
    proto.readPixels = function () {
      throw new Error('read-back refused');
    };
  });
  await page.goto(LINK);
  await expect(badge(page)).toContainText('the WebGL kernel failed', { timeout: 30_000 });
  await expect(badge(page)).toContainText('read-back refused');
  await expectWorkingSurface(page);
});
