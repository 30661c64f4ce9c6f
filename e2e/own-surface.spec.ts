import type { Locator } from '@playwright/test';
import { DATASET_PRESETS } from '../src/math/surface';
import { OWN_CHECK_FORMULAS } from '../src/math/gpu/surface/ownCheckCases';
import { expect, test } from './fixtures';

const TOLERANCE = 1e-4;

/** Every row of an agreement table agrees within the tolerance and compares some cells; returns the formulas and presets seen. */
async function expectAgreement(table: Locator): Promise<{ formulas: Set<string>; presets: Set<string> }> {
  const formulas = new Set<string>();
  const presets = new Set<string>();
  for (const row of await table.locator('tbody tr').all()) {
    const preset = (await row.getByRole('rowheader').textContent())!;
    const [formula, , , , compared, value, du, dv, , agrees] = await row.getByRole('cell').allTextContents();
    expect(agrees, `${preset} ${formula}`).toBe('yes');
    expect(Number(compared), `${preset} ${formula}: cells compared`).toBeGreaterThan(0);
    for (const rel of [value, du, dv]) expect(Number(rel), `${preset} ${formula}`).toBeLessThanOrEqual(TOLERANCE);
    formulas.add(formula!);
    presets.add(preset);
  }
  return { formulas, presets };
}

test('typed formulas: the fused WebGL surfaces agree with float64 on every preset of their model', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('status')).toHaveText('Backend: webgl', { timeout: 20_000 });
  const section = page.getByRole('region', { name: 'Surface kernels' });
  await section.getByRole('button', { name: 'Check typed losses' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check typed losses: done on webgl.', { timeout: 150_000 });
  const r = await expectAgreement(section.getByRole('table', { name: 'Surface GPU vs float64' }));
  expect(r.formulas).toEqual(new Set(OWN_CHECK_FORMULAS.map((f) => f.text)));
  expect(r.presets).toEqual(new Set(DATASET_PRESETS.filter((p) => p.kind !== 'softmax3').map((p) => p.id)));
});
