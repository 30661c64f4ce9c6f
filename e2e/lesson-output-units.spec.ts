import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every number is read from the page and checked against a closed form written here. The page shows
// 6 significant digits, so values agree to a relative 1e-5 (and 1e-12 absolute, for zeros).
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

function parseShown(text: string | null): number {
  const v = Number((text ?? '').trim().replaceAll('−', '-'));
  if (Number.isNaN(v)) throw new Error(`"${text}" is not a number`);
  return v;
}

function expectClose(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-5 * Math.abs(expected) + 1e-12);
}

const readout = async (page: Page, name: string) => parseShown(await page.getByRole('status', { name, exact: true }).textContent());
const sliderValue = async (page: Page, name: string | RegExp) => Number(await page.getByRole('slider', { name }).getAttribute('aria-valuenow'));
/** The cursor's logit, from the chart's slider. */
const cursor = (page: Page, unit: string) => sliderValue(page, new RegExp(`^${unit}: cursor`));

test('linear unit: the Gaussian NLL is (y − z)²/(2σ²) + log σ + ½ log 2π, also after σ and the cursor move', async ({ page }) => {
  await page.goto('/?view=lesson&id=output-units&step=1');
  const check = async () => {
    const z = await cursor(page, 'Linear unit');
    const s = Number(await page.getByRole('spinbutton', { name: 'sigma value' }).inputValue());
    const y = Number(await page.getByRole('spinbutton', { name: 'target value' }).inputValue());
    const constant = Math.log(s) + 0.5 * Math.log(2 * Math.PI);
    expectClose(await readout(page, 'Gaussian NLL'), (y - z) ** 2 / (2 * s * s) + constant, 'NLL');
    expectClose(await readout(page, 'NLL minus squared error'), constant, 'NLL minus squared error');
    expectClose(await readout(page, 'sigmoid + squared error: dL/dz'), (sigma(z) - y) * sigma(z) * (1 - sigma(z)), 'wrong pair gradient');
    return { z, s };
  };
  expect(await check()).toEqual({ z: 1, s: 1 });
  const sig = page.getByRole('slider', { name: 'sigma' });
  await sig.focus();
  for (let i = 0; i < 10; i++) await sig.press('ArrowRight');
  const chart = page.getByRole('slider', { name: /^Linear unit: cursor/ });
  await chart.focus();
  for (let i = 0; i < 20; i++) await chart.press('ArrowRight');
  const after = await check();
  expect(after.s).toBeCloseTo(1.5, 12);
  expect(after.z).toBeCloseTo(5, 12);
  // A sigmoid output cannot reach y = 3: at z = 5 its squared-error gradient has all but vanished.
  expect(Math.abs(await readout(page, 'sigmoid + squared error: dL/dz'))).toBeLessThan(0.02);
});

test('sigmoid unit: the gradients at the cursor are σ − y, (σ − y)σ(1 − σ) and z − y for both labels', async ({ page }) => {
  await page.goto('/?view=lesson&id=output-units&step=2&z=-6');
  for (const y of [1, 0]) {
    if (y === 0) await page.getByRole('radio', { name: 'y = 0' }).check();
    const z = await cursor(page, 'Sigmoid unit');
    expect(z).toBe(-6);
    expectClose(await readout(page, 'sigmoid + cross-entropy: dL/dz'), sigma(z) - y, `cross-entropy, y = ${y}`);
    expectClose(await readout(page, 'sigmoid + squared error: dL/dz'), (sigma(z) - y) * sigma(z) * (1 - sigma(z)), `squared error, y = ${y}`);
    expectClose(await readout(page, 'linear + squared error: dL/dz'), z - y, `linear, y = ${y}`);
  }
});

test('softmax unit: its probabilities sum to 1, one sigmoid per class does not, for any K', async ({ page }) => {
  await page.goto('/?view=lesson&id=output-units&step=3');
  const check = async (K: number) => {
    const z = await cursor(page, 'Softmax unit');
    expectClose(await readout(page, 'softmax: sum of the probabilities'), 1, 'softmax sum');
    expectClose(await readout(page, 'softmax: probability of the true class'), Math.exp(z) / (Math.exp(z) + K - 1), 'softmax p');
    expectClose(await readout(page, 'sigmoids: sum of the probabilities'), sigma(z) + (K - 1) / 2, 'sigmoid sum');
  };
  await check(3);
  const classes = page.getByRole('slider', { name: 'classes' });
  await classes.focus();
  await classes.press('ArrowRight');
  await check(4);
});

test('multi-label: per-label logistic losses are softplus((1 − 2y)z) and add up; softmax shown after the prediction', async ({ page }) => {
  await page.goto('/?view=lesson&id=output-units&step=4');
  const table = page.getByRole('table', { name: 'Per label at the cursor' });
  await expect(table.getByRole('columnheader', { name: 'softmax p' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Softmax + cross-entropy', exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByText(/^Right: Softmax \+ cross-entropy\.$/)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'softmax p' })).toBeVisible();

  const check = async () => {
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    let total = 0;
    const zs: number[] = [];
    for (const [, y, z, s, loss] of rows.map((r) => r.map(parseShown))) {
      expectClose(s!, sigma(z!), 'σ(z)');
      expectClose(loss!, softplus((1 - 2 * y!) * z!), 'logistic loss');
      total += softplus((1 - 2 * y!) * z!);
      zs.push(z!);
    }
    expectClose(await readout(page, 'sum of the logistic losses'), total, 'sum');
    expectClose(await readout(page, 'sum of the softmax probabilities'), 1, 'softmax sum');
    return zs;
  };
  expect(await check()).toEqual([1, 1, -1]);
  await page.getByRole('checkbox', { name: 'label 3' }).check();
  const z2 = page.getByRole('slider', { name: 'z2' });
  await z2.focus();
  await z2.press('ArrowLeft');
  expect(await check()).toEqual([1, 0.9, -1]);
});
