import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every number is read from the page and checked against a closed form written here. The page shows
// 6 significant digits, so values agree to a relative 1e-5 (and 1e-12 absolute, for zeros).
const TABLE_Z = [-8, -4, -2, 0, 2, 4, 8];
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

function parseShown(text: string | null): number {
  const t = (text ?? '').trim().replaceAll('−', '-').replace('∞', 'Infinity');
  const v = Number(t);
  if (Number.isNaN(v)) throw new Error(`"${text}" is not a number`);
  return v;
}

function expectClose(actual: number, expected: number, what: string) {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-5 * Math.abs(expected) + 1e-12);
}

/** The table's body, one array per row: the row header, then the cells as numbers. */
async function tableRows(table: Locator): Promise<[string, ...number[]][]> {
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const texts = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return texts.map(([head, ...cells]) => [head ?? '', ...cells.map(parseShown)]);
}

/** A table whose row headers are numbers, as numbers. */
async function tableNumbers(table: Locator): Promise<number[][]> {
  return (await tableRows(table)).map(([head, ...cells]) => [parseShown(head), ...cells]);
}

async function answer(page: Page, choice: RegExp) {
  await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: /check|answer|reveal/i }).click();
}

async function cursorGradient(page: Page, curve: string): Promise<number> {
  return parseShown(await page.getByRole('status', { name: `dL/dz at the cursor, ${curve}` }).textContent());
}

test('step 1: the plotted sigmoid gradients equal (σ − y)σ(1 − σ), σ − y and z − y, before and after a change', async ({ page }) => {
  await page.goto('/?view=lesson&id=saturation&step=1');
  const table = page.getByRole('table', { name: "dL/dz at the chart's samples" });
  await expect(table).toHaveCount(0);
  await answer(page, /^Sigmoid \+ cross-entropy$/);

  const check = async (y: 0 | 1) => {
    const rows = await tableNumbers(table);
    expect(rows.map((r) => r[0])).toEqual(TABLE_Z);
    for (const [z, mse, ce, lin] of rows as [number, number, number, number][]) {
      const s = sigma(z);
      expectClose(mse, (s - y) * s * (1 - s), `sigmoid + squared error at z = ${z}`);
      expectClose(ce, s - y, `sigmoid + cross-entropy at z = ${z}`);
      expectClose(lin, z - y, `linear + squared error at z = ${z}`);
    }
  };
  await check(1);
  // Confidently wrong: cross-entropy pushes with almost −1, squared error with almost nothing.
  const wrong = (await tableNumbers(table))[0]!;
  expect(wrong[2]).toBeLessThan(-0.999);
  expect(Math.abs(wrong[1]!)).toBeLessThan(1e-3);

  await page.getByRole('radio', { name: 'y = 0' }).first().check();
  await check(0);

  // The linear unit's curve is drawn on request; its gradients are in the table either way.
  const legend = page.getByRole('list', { name: 'Curves' });
  await expect(legend.getByText('linear + squared error')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Draw the linear unit too' }).check();
  await expect(legend.getByText('linear + squared error')).toBeVisible();

  const chart = page.getByRole('slider', { name: /^Binary output units: cursor/ });
  await chart.focus();
  for (let i = 0; i < 5; i++) await chart.press('ArrowRight');
  await expect(chart).not.toHaveAttribute('aria-valuenow', '-8');
  const z = Number(await chart.getAttribute('aria-valuenow'));
  expect(z).toBeGreaterThan(-8);
  expectClose(await cursorGradient(page, 'sigmoid + cross-entropy'), sigma(z), 'cross-entropy at the cursor');
  expectClose(await cursorGradient(page, 'sigmoid + squared error'), sigma(z) * sigma(z) * (1 - sigma(z)), 'squared error at the cursor');
  expectClose(await cursorGradient(page, 'linear + squared error'), z, 'linear at the cursor');
});

test('step 2: the plotted softmax gradients equal −p(1 − p)²K/(K − 1) and p − 1, also after K changes', async ({ page }) => {
  await page.goto('/?view=lesson&id=saturation&step=2');
  const check = async (K: number) => {
    const table = page.getByRole('table', { name: `dL/dz of the true class at the chart's samples (K = ${K})` });
    const rows = await tableNumbers(table);
    expect(rows.map((r) => r[0])).toEqual(TABLE_Z);
    for (const [z, mse, ce] of rows as [number, number, number][]) {
      const p = Math.exp(z) / (Math.exp(z) + K - 1);
      expectClose(mse, (-p * (1 - p) ** 2 * K) / (K - 1), `softmax + squared error at z = ${z}, K = ${K}`);
      expectClose(ce, p - 1, `softmax + cross-entropy at z = ${z}, K = ${K}`);
    }
  };
  await check(3);
  const classes = page.getByRole('slider', { name: 'classes' });
  await classes.focus();
  await classes.press('ArrowRight');
  await classes.press('ArrowRight');
  await check(5);
});

test('step 3: BCE from σ(z) is infinite where σ rounds off (float32 first), from the logit it is softplus((1 − 2y)z)', async ({ page }) => {
  await page.goto('/?view=lesson&id=saturation&step=3');
  const table = (z: number, y: number) => page.getByRole('table', { name: `Binary cross-entropy at z = ${String(z).replace('-', '−')}, y = ${y}` });

  // z = −100, y = 1: float32 overflows e^{100}, so σ(z) is 0 and the loss infinite; float64 still has σ(z) = 1/(1 + e^{100}).
  const exact100 = 100 + Math.log1p(Math.exp(-100));
  let rows = await tableRows(table(-100, 1));
  expect(rows.map((r) => r[0])).toEqual(['float64', 'float32']);
  const [, sig64, prob64, , logit64] = rows[0]!;
  expectClose(sig64!, 1 / (1 + Math.exp(100)), 'float64 σ(−100)');
  expectClose(prob64!, exact100, 'float64 from σ(z)');
  expectClose(logit64!, exact100, 'float64 from the logit');
  const [, sig32, prob32, clipped32, logit32] = rows[1]!;
  expect(sig32).toBe(0);
  expect(prob32).toBe(Infinity);
  expectClose(clipped32!, -Math.log(Math.fround(1e-7)), 'float32 clipped');
  expectClose(logit32!, 100, 'float32 from the logit');

  // z = −800, y = 1: σ(z) is 0 in both precisions; the exact loss is 800.
  const zx = page.getByRole('spinbutton', { name: 'zx value' });
  await zx.fill('-800');
  rows = await tableRows(table(-800, 1));
  for (const [, sig, prob, clipped, logit] of rows) {
    expect(sig).toBe(0);
    expect(prob).toBe(Infinity);
    expect(clipped).toBeLessThan(16.2);
    expect(logit).toBe(800);
  }

  // z = 17, y = 0: float32 rounds 1 + e^{−17} to 1, float64 does not; the exact loss is 17 + log(1 + e^{−17}).
  await zx.fill('17');
  await page.getByRole('radio', { name: 'y = 0' }).check();
  rows = await tableRows(table(17, 0));
  const exact = 17 + Math.log1p(Math.exp(-17));
  const [f64, f32] = rows.map(([, ...cells]) => [Number.NaN, ...cells]) as [number[], number[]];
  expectClose(f64[2]!, exact, 'float64 from σ(z)');
  expectClose(f64[4]!, exact, 'float64 from the logit');
  expect(f32[1]).toBe(1);
  expect(f32[2]).toBe(Infinity);
  expectClose(f32[4]!, 17, 'float32 from the logit');
});
