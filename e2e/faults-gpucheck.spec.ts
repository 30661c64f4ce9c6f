import { expect, test } from './fixtures';

test('a context lost during the GPU check ends in a message; the float64 results stay and the surface checks still run', async ({ page }) => {
  test.setTimeout(90_000);
  // The first read-back's fence loses the context: tfjs would then poll that fence forever.
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const fenceSync = proto.fenceSync;
    let lost = false;
    proto.fenceSync = function (this: WebGL2RenderingContext, condition: number, flags: number) {
      if (!lost) {
        lost = true;
        this.getExtension('WEBGL_lose_context')?.loseContext();
      }
      return fenceSync.call(this, condition, flags);
    };
  });
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('alert')).toContainText('The WebGL context was lost during the GPU check', { timeout: 30_000 });
  await expect(page.getByRole('status').first()).toHaveText('Backend: webgl (context lost)');
  await expect(page.getByRole('table', { name: 'Float64 reference (CPU)' })).toBeVisible();
  // The page still works: a surface check gets a fresh context and finishes.
  const section = page.getByRole('region', { name: 'Surface kernels' });
  await section.getByRole('button', { name: 'Check memory' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check memory: done on webgl.', { timeout: 60_000 });
});
