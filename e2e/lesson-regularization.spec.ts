import type { Page } from '@playwright/test';
import { correlatedRegression, exactZeros, fitPenalized } from '../src/math/lessons/regularization';
import { LESSON_LAYER, dropoutMask } from '../src/math/lessons/regularizationDropout';
import { expect, parseReadout, test } from './fixtures';

/** Lesson 10. Closed forms are written here; fits and masks come from src/math, the page's numbers from its readouts. */
const open = (page: Page, step: number, query: string) => page.goto(`/?view=lesson&id=regularization&step=${step}&${query}`);
const read = async (page: Page, name: string) => parseReadout(await page.getByRole('status', { name, exact: true }).textContent());
const closeTo = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 * Math.max(1e-3, Math.abs(want)));
async function answer(page: Page, choice: RegExp) {
  await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
}

const data = correlatedRegression(7);
const n = data.y.length;
/** λ_max = 2 max_k |x_kᵀy| / n: the smallest λ at which L1 zeroes every weight (standardized x, centred y). */
const lambdaMax = (2 * Math.max(...data.columns.map((c) => Math.abs(c.reduce((s, x, i) => s + x * data.y[i]!, 0))))) / n;

test('step 2: the count of exact zeros on the L1 path grows with λ, from none to all six', async ({ page }) => {
  await open(page, 2, 'reg=l1&lambda=0.001');
  const cursor = page.getByRole('slider', { name: /cursor \(log10 λ\)/ });
  await cursor.focus();
  const counts: number[] = [await read(page, 'exact zeros at this lambda')];
  for (let i = 0; i < 8; i++) {
    await cursor.press('Shift+ArrowRight');
    const lambda = await read(page, 'lambda');
    const zeros = await read(page, 'exact zeros at this lambda');
    expect(zeros).toBe(exactZeros(fitPenalized(data, { kind: 'l1', lambda, l1Ratio: 1 })));
    counts.push(zeros);
  }
  counts.slice(1).forEach((c, i) => expect(c).toBeGreaterThanOrEqual(counts[i]!));
  expect(counts[0]).toBe(0);
  expect(counts.at(-1)).toBe(6);
  expect(await read(page, 'lambda')).toBeGreaterThanOrEqual(lambdaMax);

  // L2 at the same large λ: every weight shrunk, none exactly zero.
  await page.getByRole('radio', { name: 'L2' }).check();
  expect(await read(page, 'exact zeros at this lambda')).toBe(0);
});

test('step 1: L1 zeroes weights where L2 does not, and zeroes all of them from λ_max on', async ({ page }) => {
  await open(page, 1, 'lambda=1');
  await expect(page.getByRole('status', { name: 'exact zeros under L1', exact: true })).toHaveText('?');
  await answer(page, /^L1/);
  closeTo(await read(page, 'lambda where L1 zeroes every weight'), lambdaMax);
  expect(await read(page, 'exact zeros under L1')).toBe(exactZeros(fitPenalized(data, { kind: 'l1', lambda: 1, l1Ratio: 1 })));
  expect(await read(page, 'exact zeros under L1')).toBeGreaterThan(0);
  expect(await read(page, 'exact zeros under L2')).toBe(0);
});

test('step 3: max-norm scales w onto the ball, keeping its direction', async ({ page }) => {
  await open(page, 3, 'w1=3&w2=4&max_norm=2');
  await answer(page, /straight towards the origin/);
  closeTo(await read(page, 'projected w1'), 1.2);
  closeTo(await read(page, 'projected w2'), 1.6);
  const c = page.getByRole('slider', { name: 'max_norm', exact: true });
  for (let i = 0; i < 10; i++) await c.press('ArrowRight');
  // c = 2.5: w · c/‖w‖ = (3, 4) · 0.5.
  closeTo(await read(page, 'projected w1'), 1.5);
  closeTo(await read(page, 'projected w2'), 2);
  closeTo(await read(page, 'norm of projected w'), 2.5);
});

test('step 4: the hinge loss stays exactly 0 past c₀ while the L2 penalty grows as λc²', async ({ page }) => {
  await open(page, 4, 'lambda=0.1&scale=6');
  const c0 = await read(page, 'scale where the hinge loss reaches zero');
  expect(c0).toBeLessThan(6);
  const cursor = page.getByRole('slider', { name: /cursor/ });
  await cursor.focus();
  for (let i = 0; i < 5; i++) {
    const c = 6 + 0.05 * i;
    expect(await read(page, 'hinge loss at the cursor')).toBe(0);
    closeTo(await read(page, 'penalized loss at the cursor'), 0.1 * c * c);
    await cursor.press('ArrowRight');
  }
});

test('step 5: inverted dropout’s expected training output equals the test-time output, and a seeded Monte Carlo agrees', async ({ page }) => {
  await open(page, 5, 'keep=0.5&style=inverted&seed=3');
  await expect(page.getByRole('status', { name: 'test-time output', exact: true })).toHaveText('?');
  await answer(page, /^Nothing/);
  const { activations: a, weights: w } = LESSON_LAYER;
  const full = a.reduce((s, ai, i) => s + ai * w[i]!, 0);
  const sq = a.reduce((s, ai, i) => s + (ai * w[i]!) ** 2, 0);
  const keep = page.getByRole('slider', { name: 'keep', exact: true });
  for (const p of [0.5, 0.8]) {
    if (p === 0.8) for (let i = 0; i < 6; i++) await keep.press('ArrowRight');
    closeTo(await read(page, 'expected training output'), full);
    closeTo(await read(page, 'test-time output'), full);
    // The mean of 4000 masks: standard error √(p(1 − p)Σ(w_i a_i)²)/p/√4000; within 4 of them.
    const se = Math.sqrt(p * (1 - p) * sq) / p / Math.sqrt(4000);
    closeTo(await read(page, 'Monte Carlo standard error'), se);
    expect(Math.abs((await read(page, 'Monte Carlo mean')) - full)).toBeLessThan(4 * se);
  }
  // Another mask, by the button: its output is the kept units' sum divided by p.
  await page.getByRole('button', { name: 'Draw another mask' }).click();
  const mask = dropoutMask(4, a.length, 0.8);
  closeTo(await read(page, 'training output for this mask'), a.reduce((s, ai, i) => s + (mask[i] ? ai * w[i]! : 0), 0) / 0.8);
  // The original style scales at test time instead: both sides become p·Σ w_i a_i.
  await page.getByRole('radio', { name: /^original/ }).check();
  closeTo(await read(page, 'expected training output'), 0.8 * full);
  closeTo(await read(page, 'test-time output'), 0.8 * full);
});
