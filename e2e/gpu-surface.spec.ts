import type { Locator, Page } from '@playwright/test';
import { getLoss } from '../src/math/losses';
import { DATASET_PRESETS, SURFACE_LOSS_ENTRIES } from '../src/math/surface';
import { expect, test, withoutWebgl } from './fixtures';

/** The registry the check page derives its cases from: every surface loss (by its title), on every preset of its model. */
const LOSS_IDS = new Set(SURFACE_LOSS_ENTRIES.map((e) => getLoss(e.id)?.title ?? e.id));

async function openCheck(page: Page) {
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('status')).toHaveText('Backend: webgl', { timeout: 20_000 });
  return page.getByRole('region', { name: 'Surface kernels' });
}

const TOLERANCE = 1e-4;

/** Every row of the agreement table: agrees, compares some cells, and stays within the tolerance. */
async function expectAgreement(table: Locator): Promise<{ rows: number; losses: Set<string>; presets: Set<string>; worst: number; kinkTies: number }> {
  const rows = await table.locator('tbody tr').all();
  const losses = new Set<string>();
  const presets = new Set<string>();
  let worst = 0;
  let kinkTies = 0;
  for (const row of rows) {
    const preset = (await row.getByRole('rowheader').textContent())!;
    const [loss, , , , compared, value, du, dv, kinks, agrees] = await row.getByRole('cell').allTextContents();
    expect(agrees, `${preset} ${loss}`).toBe('yes');
    expect(Number(compared), `${preset} ${loss}: cells compared`).toBeGreaterThan(0);
    kinkTies += Number(kinks);
    for (const rel of [value, du, dv]) {
      expect(Number(rel), `${preset} ${loss}`).toBeLessThanOrEqual(TOLERANCE);
      worst = Math.max(worst, Number(rel));
    }
    losses.add(loss!);
    presets.add(preset);
  }
  return { rows: rows.length, losses, presets, worst, kinkTies };
}

test('fused surfaces agree with float64 on every preset and loss', async ({ page }) => {
  test.setTimeout(180_000);
  const section = await openCheck(page);
  await section.getByRole('button', { name: 'Check surfaces' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check surfaces: done on webgl.', { timeout: 150_000 });
  const r = await expectAgreement(section.getByRole('table', { name: 'Surface GPU vs float64' }));
  console.log(`surface agreement: ${r.rows} surfaces, worst field error ${r.worst.toExponential(2)} of its range, ${r.kinkTies} kink ties`);
  expect(r.presets).toEqual(new Set(DATASET_PRESETS.map((p) => p.id)));
  expect(r.losses).toEqual(LOSS_IDS);
});

test('the WebGL 1 kernels (constant loop bound + break) agree too', async ({ page }) => {
  test.setTimeout(90_000);
  const section = await openCheck(page);
  await section.getByRole('button', { name: 'Check under WebGL 1' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check under WebGL 1: done on webgl.', { timeout: 60_000 });
  await expect(section.getByTestId('surface-webgl-version')).toHaveText('Ran under WebGL 1; WebGL 2 restored.');
  const r = await expectAgreement(section.getByRole('table', { name: 'Surface GPU vs float64' }));
  expect(r.losses).toEqual(LOSS_IDS);
});

test('tf.memory() stays flat over 200 surface evaluations', async ({ page }) => {
  test.setTimeout(90_000);
  const section = await openCheck(page);
  await section.getByRole('button', { name: 'Check memory' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check memory: done on webgl.', { timeout: 60_000 });
  const table = section.getByRole('table', { name: 'Surface memory' });
  await expect(table.getByRole('columnheader').last()).toHaveText('after 200 surfaces');
  for (const name of ['tensors', 'tensor bytes', 'GPU bytes allocated']) {
    const [before, after] = await table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allTextContents();
    expect(after, name).toBe(before);
  }
});

test('a context lost between or during calls rejects with GpuContextLostError; CPU fallback; recovery', async ({ page }) => {
  const section = await openCheck(page);
  await section.getByRole('button', { name: 'Lose and recover the context' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText(/^Lose and recover the context: done/, { timeout: 20_000 });
  const outcome = (step: string) => section.getByRole('row', { name: new RegExp(`^${step}`) }).getByRole('cell');
  await expect(outcome('lose context')).toHaveText('lost');
  await expect(outcome('surface after loss')).toHaveText('rejected: GpuContextLostError');
  await expect(outcome('CPU fallback')).toHaveText('float64 surface ready');
  await expect(outcome('recover')).toHaveText('backend webgl, context alive');
  await expect(outcome('surface after recovery')).toHaveText('agrees with float64');
  await expect(outcome('lose during a surface')).toHaveText('rejected: GpuContextLostError');
  await expect(outcome('surface after second recovery')).toHaveText('agrees with float64');
  // The batch kernels above run on the recovered backend too; the fixture fails the test on any page error.
});

test.describe('without WebGL', () => {
  test('the surface checks report WebGL unavailable', async ({ baseURL }) => {
    await withoutWebgl(baseURL, async (page) => {
      await page.goto('/?view=gpu-check');
      await expect(page.getByRole('status')).toHaveText(/float64 on the CPU/, { timeout: 20_000 });
      const section = page.getByRole('region', { name: 'Surface kernels' });
      await section.getByRole('button', { name: 'Check surfaces' }).click();
      await expect(section.getByTestId('surface-note')).toContainText('Check surfaces: WebGL unavailable', { timeout: 20_000 });
      await expect(section.getByRole('table')).toHaveCount(0);
    });
  });
});
