import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The lesson's claim, checked from the page against closed forms computed here: each mean NLL equals the
// loss times the stated factor plus the stated constant (to 1e-9), that constant is the one of the density,
// and the probabilities fitted by unregularised maximum likelihood equal the class frequencies.
const TOL = 1e-9;
const YS = [0.5, 1.2, 2, 2.4, 3.9];
const open = (step: number, rest: string) => `/?view=lesson&id=likelihood&step=${step}&y=${YS.join(',')}${rest}`;

async function readout(page: Page, name: string): Promise<number> {
  const o = page.getByRole('status', { name, exact: true });
  await expect(o).toBeVisible();
  return Number(await o.getAttribute('data-value'));
}
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const valueOf = async (page: Page, name: string) => Number(await slider(page, name).inputValue());
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function press(page: Page, name: string, key: string, times: number) {
  await slider(page, name).focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('Gaussian noise: mean NLL = MSE/(2σ²) + ½ log(2πσ²), before and after moving σ and c by keyboard', async ({ page }) => {
  await page.goto(open(1, '&answer=stays'));
  const check = async () => {
    const [c, sigma] = [await valueOf(page, 'c'), await valueOf(page, 'sigma')];
    const density = (y: number) => Math.exp(-((y - c) ** 2) / (2 * sigma ** 2)) / Math.sqrt(2 * Math.PI * sigma ** 2);
    const nll = await readout(page, 'mean NLL');
    const mse = await readout(page, 'MSE');
    expect(Math.abs(nll - mean(YS.map((y) => -Math.log(density(y)))))).toBeLessThan(TOL);
    expect(Math.abs(mse - mean(YS.map((y) => (y - c) ** 2)))).toBeLessThan(TOL);
    const constant = await readout(page, 'constant');
    expect(Math.abs(constant - 0.5 * Math.log(2 * Math.PI * sigma ** 2))).toBeLessThan(TOL);
    expect(Math.abs(nll - (await readout(page, 'factor')) * mse - constant)).toBeLessThan(TOL);
    return sigma;
  };
  expect(await check()).toBe(1);
  await press(page, 'sigma', 'ArrowRight', 6);
  await expect(slider(page, 'sigma')).toHaveValue('1.3');
  await press(page, 'c', 'ArrowLeft', 10);
  await expect(slider(page, 'c')).toHaveValue('1');
  await check();
});

test('Laplace noise: the predict-first question hides MAE until answered; then mean NLL = MAE/b + log 2b', async ({ page }) => {
  await page.goto(open(2, '&b=0.5'));
  await expect(page.getByRole('status', { name: 'MAE', exact: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'mean absolute error' }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await press(page, 'c', 'ArrowRight', 12);
  const [c, b] = [await valueOf(page, 'c'), await valueOf(page, 'b')];
  expect([c, b]).toEqual([2.1, 0.5]);
  const nll = await readout(page, 'mean NLL');
  const mae = await readout(page, 'MAE');
  expect(Math.abs(nll - mean(YS.map((y) => -Math.log(Math.exp(-Math.abs(y - c) / b) / (2 * b)))))).toBeLessThan(TOL);
  expect(Math.abs(mae - mean(YS.map((y) => Math.abs(y - c))))).toBeLessThan(TOL);
  expect(Math.abs((await readout(page, 'constant')) - Math.log(2 * b))).toBeLessThan(TOL);
  expect(Math.abs(nll - (await readout(page, 'factor')) * mae - Math.log(2 * b))).toBeLessThan(TOL);
});

test('Bernoulli labels: the NLL from the probabilities is the BCE, constant 0, after changing the labels', async ({ page }) => {
  await page.goto(open(3, '&answer=share'));
  await press(page, 'zeros', 'ArrowRight', 2);
  await press(page, 'p', 'ArrowRight', 20);
  const [ones, zeros, p] = [await valueOf(page, 'ones'), await valueOf(page, 'zeros'), await valueOf(page, 'p')];
  expect([ones, zeros, p]).toEqual([7, 5, 0.7]);
  const closed = -(ones * Math.log(p) + zeros * Math.log(1 - p)) / (ones + zeros);
  expect(Math.abs((await readout(page, 'mean Bernoulli NLL')) - closed)).toBeLessThan(TOL);
  expect(Math.abs((await readout(page, 'BCE')) - closed)).toBeLessThan(TOL);
});

test('categorical: unregularised maximum likelihood fits the class frequencies, after a count is edited', async ({ page }) => {
  await page.goto('/?view=lesson&id=likelihood&step=4&counts=5,3,2');
  await expect(page.getByRole('status', { name: 'fitted p of class 1' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'the class frequencies nₖ / N' }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await page.getByRole('spinbutton', { name: 'count of class 2' }).fill('13');
  const counts = [5, 13, 2];
  const n = counts.reduce((a, b) => a + b, 0);
  for (const [k, count] of counts.entries()) {
    await expect.poll(() => readout(page, `frequency of class ${k + 1}`)).toBeCloseTo(count / n, 12);
    expect(Math.abs((await readout(page, `fitted p of class ${k + 1}`)) - count / n)).toBeLessThan(TOL);
  }
  // With an L2 penalty (a Gaussian prior, MAP) the most common class is pulled below its frequency.
  await press(page, 'lambda', 'ArrowRight', 10);
  expect(await readout(page, 'fitted p of class 2')).toBeLessThan(13 / n - 0.01);
});

test('priors: −log prior − penalty is the stated constant, Gaussian (λ = 1/2s²) and Laplace (λ = 1/s)', async ({ page }) => {
  await page.goto('/?view=lesson&id=likelihood&step=5&answer=l2&s=0.5&w=1.2');
  const check = async (lambda: (s: number) => number, constant: (s: number) => number) => {
    const [s, w] = [await valueOf(page, 's'), await valueOf(page, 'w')];
    const nll = await readout(page, '−log prior');
    const pen = await readout(page, 'penalty');
    expect(Math.abs((await readout(page, 'λ')) - lambda(s))).toBeLessThan(TOL);
    expect(Math.abs((await readout(page, 'prior constant')) - constant(s))).toBeLessThan(TOL);
    expect(Math.abs(nll - pen - constant(s))).toBeLessThan(TOL);
    return { s, w, nll };
  };
  const g = await check((s) => 1 / (2 * s * s), (s) => 0.5 * Math.log(2 * Math.PI * s * s));
  expect(Math.abs(g.nll - (-Math.log(Math.exp(-(g.w ** 2) / (2 * g.s ** 2)) / Math.sqrt(2 * Math.PI * g.s ** 2))))).toBeLessThan(TOL);
  await page.getByRole('radio', { name: 'Laplace prior' }).check();
  await press(page, 'w', 'ArrowLeft', 30);
  const l = await check((s) => 1 / s, (s) => Math.log(2 * s));
  expect(l.w).toBeCloseTo(-0.3, 12);
});
