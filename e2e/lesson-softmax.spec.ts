import type { Locator, Page } from '@playwright/test';
import { softmax } from '../src/math/numerics';
import { expect, test } from './fixtures';

/**
 * Lesson 3, the softmax function: its numbers read from the page against closed forms (and the app's
 * softmax from src/math), before and after edits made with the keyboard.
 */

const at = (step: number, extra = '') => `/?view=lesson&id=softmax&step=${step}${extra}`;

/** A number as the lesson writes it: typographic minus, ∞, NaN. */
function num(text: string): number {
  const t = text.trim().replace('−', '-');
  if (t === '∞') return Infinity;
  if (t === '-∞') return -Infinity;
  if (t === 'NaN') return NaN;
  const v = Number(t);
  if (Number.isNaN(v)) throw new Error(`“${text}” is not a number`);
  return v;
}

/** `shown` is `expected` written to `digits` significant digits: within half a unit of the last one. */
function expectShown(shown: string, expected: number, digits: number) {
  const v = num(shown);
  if (!Number.isFinite(expected) || expected === 0) {
    expect(v).toBe(expected);
    return;
  }
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(v - expected)).toBeLessThanOrEqual(unit / 2 + Math.abs(expected) * 1e-15);
}

/** A bar's value, written with 3 decimals, is `expected` rounded so. */
function expectBar(shown: number, expected: number) {
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(0.0005 + 1e-15);
}

/** The text of a table cell, by its row header and column header. */
async function cell(table: Locator, row: string, col: string): Promise<string> {
  await expect(table).toBeVisible();
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const c = headers.indexOf(col);
  expect(c, `column ${col} of ${headers.join(' | ')}`).toBeGreaterThan(0);
  const r = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) });
  return (await r.getByRole('cell').nth(c - 1).innerText()).trim();
}

const readout = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

async function answer(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('.predict-verdict')).toContainText('Right');
}

/** softmax written out: e^{z_i} / Σ e^{z_j} (fine for small scores). */
const closedSoftmax = (z: readonly number[]) => {
  const e = z.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

/** The probabilities the bar chart names, in order. */
async function barValues(page: Page): Promise<number[]> {
  const name = (await page.locator('svg.prob-bars').getAttribute('aria-label')) ?? '';
  return [...name.matchAll(/class \d+ (\S+?)(?:,|$)/g)].map((m) => num(m[1]!));
}

test('[123, 456, 789]: the naive formula gives ∞ and NaN, the max-shifted one the probabilities', async ({ page }) => {
  const z = [123, 456, 789];
  await page.goto(at(4, `&z=${z.join(',')}`));
  const naive = page.getByRole('table', { name: 'Naive: exp(z) / Σ exp(z)' });
  const shifted = page.getByRole('table', { name: 'Shifted: exp(z − max z) / Σ exp(z − max z)' });
  // Hidden until the learner commits to an answer.
  expect(await cell(naive, 'class 3', 'p')).toBe('?');
  await answer(page, 'Non-finite numbers (∞ or NaN)');

  expectShown(await cell(naive, 'class 1', 'exp(z)'), Math.exp(123), 4);
  expectShown(await cell(naive, 'class 2', 'exp(z)'), Math.exp(456), 4);
  expect(num(await cell(naive, 'class 3', 'exp(z)'))).toBe(Infinity);
  expect(num(await cell(naive, 'sum', 'exp(z)'))).toBe(Infinity);
  // finite / ∞ = 0 and ∞ / ∞ = NaN.
  expect(num(await cell(naive, 'class 1', 'p'))).toBe(0);
  expect(num(await cell(naive, 'class 2', 'p'))).toBe(0);
  expect(num(await cell(naive, 'class 3', 'p'))).toBeNaN();
  await expect(readout(page, 'Naive result finite')).toHaveText('no');

  // Shifted by max z = 789: exponents −666, −333, 0; p = e^{z−789} / (1 + e^{−333} + e^{−666}).
  const total = 1 + Math.exp(-333) + Math.exp(-666);
  const expected = [Math.exp(-666) / total, Math.exp(-333) / total, 1 / total];
  for (const [i, e] of expected.entries()) {
    expect(num(await cell(shifted, `class ${i + 1}`, 'z − max z'))).toBe(z[i]! - 789);
    expectShown(await cell(shifted, `class ${i + 1}`, 'p'), e, 4);
    expectShown(await cell(shifted, `class ${i + 1}`, 'p'), softmax(z)[i]!, 4);
  }
  expectShown(await cell(shifted, 'sum', 'exp(z − max z)'), total, 4);
  expect(num(await cell(shifted, 'sum', 'p'))).toBe(1);
});

test('the probabilities sum to 1, also after a score is edited', async ({ page }) => {
  await page.goto(at(1));
  await expect(readout(page, 'Sum of the probabilities')).toHaveText('?');
  await answer(page, '1, whatever the scores are');
  const sumOf = async () => num((await readout(page, 'Sum of the probabilities').textContent()) ?? '');
  expect(Math.abs((await sumOf()) - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
  const field = page.getByRole('spinbutton', { name: 'Score z3 value' });
  await field.fill('-4.5');
  await expect(field).toHaveValue('-4.5');
  await expect.poll(() => barValues(page)).toHaveLength(3);
  const bars = await barValues(page);
  closedSoftmax([2, 1, -4.5]).forEach((p, i) => expectBar(bars[i]!, p));
  const s = await sumOf();
  expect(s).toBe(softmax([2, 1, -4.5]).reduce((a, b) => a + b, 0));
  expect(Math.abs(s - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
});

test('adding c to every score changes nothing, after edits with the keyboard', async ({ page }) => {
  await page.goto(at(2));
  await answer(page, 'They stay as they were');
  const z2 = page.getByRole('spinbutton', { name: 'Score z2 value' });
  await z2.focus();
  for (let k = 0; k < 5; k++) await z2.press('ArrowUp');
  await expect(z2).toHaveValue('1.5');
  const c = page.getByRole('slider', { name: 'c', exact: true });
  await c.focus();
  for (let k = 0; k < 4; k++) await c.press('ArrowRight');
  await expect(c).toHaveValue('5');
  await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe('2,1.5,0.1');
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('5');
  // The bars are softmax(z + c) and equal softmax(z) written out, with no shift at all.
  const bars = await barValues(page);
  closedSoftmax([2, 1.5, 0.1]).forEach((p, i) => expectBar(bars[i]!, p));
  expect(num((await readout(page, 'Largest change |softmax(z + c) − softmax(z)|').textContent()) ?? '')).toBeLessThanOrEqual(1e-15);
});

test('scaling by β keeps the top class, and the soft maximum is Σ pᵢ zᵢ', async ({ page }) => {
  await page.goto(at(3));
  await answer(page, 'It rises towards 1');
  const beta = page.getByRole('slider', { name: 'beta', exact: true });
  await beta.focus();
  for (let k = 0; k < 10; k++) await beta.press('ArrowRight');
  await expect(beta).toHaveValue('2');
  const z = [2, 1, 0.1];
  const p = closedSoftmax(z.map((v) => 2 * v));
  expectShown((await readout(page, 'Soft maximum softmax(βz)ᵀz').textContent()) ?? '', p.reduce((a, pi, i) => a + pi * z[i]!, 0), 6);
  await expect(readout(page, 'Top class')).toHaveText('class 1');
  const bars = await barValues(page);
  p.forEach((pi, i) => expectBar(bars[i]!, pi));
});

test('log softmax is z − log Σ exp z, and the link opens the explorer on softmax cross-entropy', async ({ page }) => {
  const z = [3, -1, 0.5];
  await page.goto(at(5, `&z=${z.join(',')}`));
  const table = page.getByRole('table', { name: 'log softmax(z) and its approximation z − max z' });
  const lse = Math.log(z.reduce((a, v) => a + Math.exp(v), 0));
  for (const [i, v] of z.entries()) expectShown(await cell(table, `class ${i + 1}`, 'log softmax(z)'), v - lse, 6);
  expectShown((await readout(page, 'log Σ exp z − max z').textContent()) ?? '', lse - 3, 6);
  await page.getByRole('link', { name: 'Open softmax cross-entropy in the curve explorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('over the logit');
  expect(await page.getByRole('button', { name: /^Dismiss notice/ }).count()).toBe(0);
});
