import type { Page } from '@playwright/test';
import { expect, parseReadout, test } from './fixtures';

/**
 * Lesson 8: cross-entropy, focal loss and Poly-1 as series in q = 1 − p_t. The expected numbers are closed
 * forms written here (Mercator's series Σ q^j / j = −log(1 − q), focal = q^γ·CE, Poly-1 = CE + εq), not the
 * app's math.
 */
const open = (page: Page, step: number, query: string) => page.goto(`/?view=lesson&id=polynomials&step=${step}&${query}`);
const readNumber = async (page: Page, name: string) => parseReadout(await page.getByRole('status', { name, exact: true }).textContent());
async function answer(page: Page, choice: RegExp) {
  await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
}
const closeTo = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 * Math.max(1e-3, Math.abs(want)));
const mercator = (q: number, n: number) => Array.from({ length: n }, (_, i) => q ** (i + 1) / (i + 1)).reduce((a, b) => a + b, 0);
async function row(page: Page, j: number): Promise<string[]> {
  const r = page.getByRole('row', { name: new RegExp(`^j = ${j} `) });
  await expect(r).toBeVisible();
  return r.locator('td').allTextContents();
}

test('step 1: the first N terms of Σ (1 − p_t)^j / j approach −log p_t as N grows', async ({ page }) => {
  await open(page, 1, 'pt=0.3&terms=3');
  await expect(page.getByRole('status', { name: 'series sum at p_t', exact: true })).toHaveText('?');
  await answer(page, /small/);
  closeTo(await readNumber(page, 'cross-entropy at p_t'), -Math.log(0.3));
  closeTo(await readNumber(page, 'series sum at p_t'), mercator(0.7, 3));

  // More terms, as a person would: the keyboard on the N slider.
  const terms = page.getByRole('slider', { name: 'terms', exact: true });
  let gap = await readNumber(page, 'left out by the series');
  for (const n of [4, 5, 6]) {
    await terms.press('ArrowRight');
    closeTo(await readNumber(page, 'series sum at p_t'), mercator(0.7, n));
    const next = await readNumber(page, 'left out by the series');
    expect(next).toBeLessThan(gap);
    gap = next;
  }
  await terms.press('End');
  const left = await readNumber(page, 'left out by the series');
  // Tail after 40 terms: Σ_{j>40} q^j / j ≤ q^41 / (41 p_t).
  expect(left).toBeLessThanOrEqual(0.7 ** 41 / (41 * 0.3));
  closeTo(await readNumber(page, 'series sum at p_t'), -Math.log(0.3));

  // Move p_t with the chart's cursor: ten steps of 0.01 to the left.
  const cursor = page.getByRole('slider', { name: /cursor \(p_t\)/ });
  await cursor.focus();
  for (let i = 0; i < 10; i++) await cursor.press('ArrowLeft');
  closeTo(await readNumber(page, 'p_t at the cursor'), 0.2);
  closeTo(await readNumber(page, 'cross-entropy at p_t'), -Math.log(0.2));
  closeTo(await readNumber(page, 'series sum at p_t'), mercator(0.8, 40));
});

test('step 2: focal loss keeps the coefficients 1/j and moves every power right by γ', async ({ page }) => {
  await open(page, 2, 'pt=0.4&terms=5&gamma=2');
  expect(await row(page, 2)).toEqual(['0.5', '?', '?']);
  await answer(page, /right/);
  for (const j of [1, 2, 3, 4]) {
    const [, power, coef] = await row(page, j);
    closeTo(Number(power), j + 2);
    closeTo(Number(coef), 1 / j);
  }
  const gamma = page.getByRole('slider', { name: 'gamma', exact: true });
  for (let i = 0; i < 5; i++) await gamma.press('ArrowRight');
  for (const j of [1, 2, 3, 4]) {
    const [ceCoef, power, coef] = await row(page, j);
    closeTo(Number(power), j + 2.5);
    closeTo(Number(coef), 1 / j);
    closeTo(Number(ceCoef), 1 / j);
  }
  const focal = -(0.6 ** 2.5) * Math.log(0.4);
  closeTo(await readNumber(page, 'focal at p_t'), focal);
  closeTo(await readNumber(page, 'series sum at p_t'), 0.6 ** 2.5 * mercator(0.6, 5));
  await page.getByRole('slider', { name: 'terms', exact: true }).press('End');
  closeTo(await readNumber(page, 'series sum at p_t'), focal);
});

test('step 3: Poly-1 raises only the first coefficient, to 1 + ε', async ({ page }) => {
  await open(page, 3, 'pt=0.5&terms=4&epsilon=1');
  expect(await row(page, 1)).toEqual(['1', '?']);
  await answer(page, /Only the first/);
  expect((await row(page, 1)).map(Number)).toEqual([1, 2]);
  const epsilon = page.getByRole('slider', { name: 'epsilon', exact: true });
  for (let i = 0; i < 15; i++) await epsilon.press('ArrowRight');
  const [, first] = await row(page, 1);
  closeTo(Number(first), 3.5);
  for (const j of [2, 3, 4]) closeTo(Number((await row(page, j))[1]), 1 / j);
  closeTo(await readNumber(page, 'Poly-1 at p_t'), -Math.log(0.5) + 2.5 * 0.5);
  closeTo(await readNumber(page, 'series sum at p_t'), 2.5 * 0.5 + mercator(0.5, 4));
});
