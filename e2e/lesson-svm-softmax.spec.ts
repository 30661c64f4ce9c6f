import type { Page } from '@playwright/test';
import { crossEntropy, hingeTerms, softmaxProbabilities, svmLoss } from '../src/math/lessons/svmSoftmax';
import { expect, test } from './fixtures';

const at = (step: number, extra = '') => `/?view=lesson&id=svm-softmax&step=${step}${extra}`;

/** The exact value of a labelled readout (its full float64 is in data-value; the text shows 6 digits). */
async function readout(page: Page, name: string): Promise<number> {
  const out = page.getByRole('status', { name, exact: true });
  await expect(out).toHaveAttribute('data-value', /./);
  return Number(await out.getAttribute('data-value'));
}

/** The class scores as the page's number boxes show them (cat, car, frog). */
async function scores(page: Page): Promise<number[]> {
  return Promise.all(['cat', 'car', 'frog'].map(async (c) => Number(await page.getByRole('spinbutton', { name: `${c} value` }).inputValue())));
}

test('step 1 reproduces the notes’ 535.7 + 159.75 = 695.45 once answered, and follows a keyboard edit', async ({ page }) => {
  await page.goto(at(1));
  // Predict first: the terms are hidden until the question is answered.
  await expect(page.getByRole('status', { name: 'SVM loss' })).toHaveText('?');
  await page.getByRole('radio', { name: 'The car' }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByText(/^Right: The car/)).toBeVisible();

  expect(Math.abs((await readout(page, 'car term')) - 535.7)).toBeLessThan(1e-9);
  expect(Math.abs((await readout(page, 'frog term')) - 159.75)).toBeLessThan(1e-9);
  expect(Math.abs((await readout(page, 'SVM loss')) - 695.45)).toBeLessThan(1e-9);
  await expect(page.getByRole('status', { name: 'SVM loss' })).toHaveText('695.45');

  // Three steps of 0.05 down on the car's slider: its term and the total drop by 0.15.
  const car = page.getByRole('slider', { name: 'car', exact: true });
  await car.focus();
  for (let i = 0; i < 3; i++) await car.press('ArrowLeft');
  await expect(page.getByRole('spinbutton', { name: 'car value' })).toHaveValue('437.75');
  expect(Math.abs((await readout(page, 'car term')) - 535.55)).toBeLessThan(1e-9);
  expect(Math.abs((await readout(page, 'SVM loss')) - 695.3)).toBeLessThan(1e-9);

  // The margin: Δ = 1.5 adds 0.5 to each violating term.
  await page.getByRole('spinbutton', { name: 'margin value' }).fill('1.5');
  const s = await scores(page);
  expect(s).toEqual([-96.8, 437.75, 61.95]);
  expect(Math.abs((await readout(page, 'SVM loss')) - 696.3)).toBeLessThan(1e-9);
  expect(Math.abs((await readout(page, 'frog term')) - hingeTerms(s, 0, 1.5)[1]!.term)).toBeLessThan(1e-9);
});

test('step 2 shows softmax probabilities that sum to 1 and the cross-entropy of the same scores, after an edit', async ({ page }) => {
  await page.goto(at(2));
  const check = async () => {
    const s = await scores(page);
    const p = await Promise.all(['cat', 'car', 'frog'].map((c) => readout(page, `p(${c})`)));
    expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    softmaxProbabilities(s).forEach((pj, j) => expect(Math.abs(p[j]! - pj)).toBeLessThan(1e-12));
    expect(Math.abs((await readout(page, 'cross-entropy')) - crossEntropy(s, 0))).toBeLessThan(1e-9);
    expect(Math.abs((await readout(page, 'SVM loss')) - svmLoss(s, 0, 1))).toBeLessThan(1e-9);
    return s;
  };
  await check();
  // The notes' scores: −log p_cat = 534.7 + log(1 + e^{−376.95} + e^{−534.7}), i.e. 534.7 to double precision.
  expect(Math.abs((await readout(page, 'cross-entropy')) - 534.7)).toBeLessThan(1e-9);

  await page.getByRole('spinbutton', { name: 'cat value' }).fill('430');
  expect(await check()).toEqual([430, 437.9, 61.95]);
  // Closed forms: SVM (437.9 − 430 + 1) + 0 = 8.9; CE = log(1 + e^{7.9} + e^{−368.05}).
  expect(Math.abs((await readout(page, 'SVM loss')) - 8.9)).toBeLessThan(1e-9);
  expect(Math.abs((await readout(page, 'cross-entropy')) - Math.log1p(Math.exp(7.9)))).toBeLessThan(1e-9);
});

test('step 3: once the margin is met the SVM loss is exactly 0 and stays 0, while cross-entropy keeps falling', async ({ page }) => {
  await page.goto(at(3, '&scores=-96.8,437.9,61.95'));
  await expect(page.getByRole('status', { name: 'cross-entropy' })).toHaveText('?');
  await page.getByRole('radio', { name: /^The SVM loss reaches exactly 0/ }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  expect(Math.abs((await readout(page, 'score where the margin is met')) - 438.9)).toBeLessThan(1e-9);

  await page.getByRole('spinbutton', { name: 'cat value' }).fill('438.9');
  expect(await readout(page, 'SVM loss')).toBe(0);
  let lastCe = await readout(page, 'cross-entropy');
  expect(Math.abs(lastCe - Math.log1p(Math.exp(-1) + Math.exp(61.95 - 438.9)))).toBeLessThan(1e-12);
  const cat = page.getByRole('slider', { name: 'cat', exact: true });
  await cat.focus();
  for (let i = 1; i <= 4; i++) {
    await cat.press('ArrowRight');
    // This step has the cat's slider only; the other scores are the link's.
    const s = [Number(await page.getByRole('spinbutton', { name: 'cat value' }).inputValue()), 437.9, 61.95];
    expect(s[0]).toBeGreaterThan(438.9);
    expect(await readout(page, 'SVM loss')).toBe(0);
    const ce = await readout(page, 'cross-entropy');
    expect(ce).toBeGreaterThan(0);
    expect(ce).toBeLessThan(lastCe);
    expect(Math.abs(ce - crossEntropy(s, 0))).toBeLessThan(1e-12);
    lastCe = ce;
  }
});

test('step 4: scaling scores that meet the margin keeps the SVM loss at 0 while cross-entropy falls', async ({ page }) => {
  await page.goto(at(4));
  // The notes' scores: the cat trails, so the margin is not met; the button gives it a lead of 2Δ.
  await expect(page.getByRole('status', { name: 'margin met at k' })).toHaveText('no');
  await page.getByRole('button', { name: 'Give the cat a lead of 2Δ' }).click();
  await expect(page).toHaveURL(/scores=439\.9%2C437\.9%2C61\.95/);
  await expect(page.getByRole('status', { name: 'margin met at k' })).toHaveText('yes');

  const scale = page.getByRole('slider', { name: 'scale', exact: true });
  let lastCe = Infinity;
  for (const k of [1, 1.5, 2, 2.5]) {
    await expect(page).toHaveURL(new RegExp(`scale=${k}(&|$)`));
    expect(await readout(page, 'SVM loss at k')).toBe(0);
    const ce = await readout(page, 'cross-entropy at k');
    // Closed form: CE(k·s) = log(1 + e^{k(437.9 − 439.9)} + e^{k(61.95 − 439.9)}).
    const closed = Math.log1p(Math.exp(k * (437.9 - 439.9)) + Math.exp(k * (61.95 - 439.9)));
    expect(Math.abs(ce - closed)).toBeLessThan(1e-12);
    expect(ce).toBeLessThan(lastCe);
    lastCe = ce;
    await scale.focus();
    for (let i = 0; i < 5; i++) await scale.press('ArrowRight');
  }
  // Below k = 0.5 (Δ over the lead of 2) the scaled lead is under Δ and the SVM loss is back above 0.
  await page.goto(at(4, '&scores=439.9,437.9,61.95&scale=0.3'));
  expect(Math.abs((await readout(page, 'SVM loss at k')) - (0.3 * (437.9 - 439.9) + 1))).toBeLessThan(1e-9);
});
