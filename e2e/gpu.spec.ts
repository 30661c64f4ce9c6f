import type { Page } from '@playwright/test';
import { expect, test, withoutWebgl } from './fixtures';

const LOSSES = 4;

async function expectCpuResults(page: Page) {
  const cpu = page.getByRole('table', { name: 'Float64 reference (CPU)' });
  await expect(cpu).toBeVisible();
  const rows = cpu.getByRole('row');
  await expect(rows).toHaveCount(LOSSES + 1);
  for (let i = 1; i <= LOSSES; i++) {
    await expect(rows.nth(i).getByRole('cell').nth(2)).toHaveText(/^-?\d+\.\d+(e[+-]\d+)?$/);
  }
}

test('the fused WebGL kernels agree with the float64 registry', async ({ page }) => {
  await page.goto('/?view=gpu-check');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Backend: webgl', { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);

  const table = page.getByRole('table', { name: 'GPU vs float64' });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['loss', 'max |Δ value|', 'max |Δ derivative|', 'tolerance', 'agrees']);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(LOSSES + 1);
  for (const name of ['Mean squared error', 'Huber', 'Hinge', 'Binary cross-entropy (logits)']) {
    await expect(table.getByRole('rowheader', { name: new RegExp(name.replace(/[()]/g, '\\$&'), 'i') })).toHaveCount(1);
  }
  for (let i = 1; i <= LOSSES; i++) await expect(rows.nth(i).getByRole('cell').last()).toHaveText('yes');
  await expect(page.getByTestId('tensors-left')).toHaveText('0');
  await expectCpuResults(page);
});

test.describe('without WebGL', () => {
  test('says WebGL is unavailable and still shows the float64 results', async ({ baseURL }) => {
    await withoutWebgl(baseURL, async (page) => {
      await page.goto('/?view=gpu-check');
      await expect(page.getByRole('alert')).toContainText('WebGL unavailable — computed on the CPU in float64', {
        timeout: 20_000,
      });
      await expect(page.getByRole('status')).toHaveText(/float64 on the CPU/);
      await expect(page.getByRole('table', { name: 'GPU vs float64' })).toHaveCount(0);
      await expectCpuResults(page);
    });
  });
});
