import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The lesson's claim, checked against closed forms computed here from the points the page shows:
// the best constant under MSE is the sample mean, under MAE the median (any point of the interval between
// the two middle values for an even count), under the pinball loss the τ-quantile, each to 1e-9 and after
// a drag; Huber's satisfies Σ ψ_δ(c − yᵢ) = 0.
const TOL = 1e-9;
const open = (step: number, rest = '') => `/?view=lesson&id=estimate&step=${step}${rest}`;

const points = (page: Page) => page.getByRole('slider', { name: /^point \d+$/ });

async function sample(page: Page): Promise<number[]> {
  await expect(points(page).first()).toBeVisible();
  const all = await points(page).all();
  return Promise.all(all.map(async (p) => Number(await p.getAttribute('aria-valuenow'))));
}

async function optimumOf(page: Page, name: string) {
  const o: Locator = page.getByRole('status', { name: `${name} optimum`, exact: true });
  await expect(o).toBeVisible();
  const num = async (a: string) => Number(await o.getAttribute(a));
  return { at: await num('data-value'), lo: await num('data-lo'), hi: await num('data-hi'), text: (await o.textContent()) ?? '' };
}

const sorted = (ys: readonly number[]) => ys.toSorted((a, b) => a - b);
const sampleMean = (ys: readonly number[]) => ys.reduce((a, b) => a + b, 0) / ys.length;

/** Drags point `i` sideways by `dx` pixels with the mouse, as a person would. */
async function drag(page: Page, i: number, dx: number) {
  const box = (await points(page).nth(i).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 3 });
  await page.mouse.move(x + dx, y, { steps: 3 });
  await page.mouse.up();
}

test('step 1: the curve and optimum are hidden until answered; then the MSE optimum is the sample mean, also after a drag and keys', async ({ page }) => {
  await page.goto(open(1));
  await expect(points(page)).toHaveCount(7);
  await expect(page.getByRole('status', { name: 'MSE optimum' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'the mean of the points' }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();

  let ys = await sample(page);
  expect((await optimumOf(page, 'MSE')).at).toBeCloseTo(sampleMean(ys), 9);

  const before = ys[6]!;
  await drag(page, 6, -120);
  await expect.poll(async () => (await sample(page))[6]).not.toBe(before);
  ys = await sample(page);
  expect(Math.abs((await optimumOf(page, 'MSE')).at - sampleMean(ys))).toBeLessThan(TOL);

  await points(page).nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await sample(page))[0]).toBeCloseTo(ys[0]! + 1.1, 9);
  ys = await sample(page);
  expect(Math.abs((await optimumOf(page, 'MSE')).at - sampleMean(ys))).toBeLessThan(TOL);

  // The guess c, moved by keyboard: its mean squared error, and never below the optimum's.
  const guess = page.getByRole('slider', { name: 'c', exact: true });
  await guess.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await expect(guess).toHaveValue('4.8');
  const atGuess = Number(await page.getByRole('status', { name: 'MSE loss at c' }).getAttribute('data-value'));
  expect(Math.abs(atGuess - sampleMean(ys.map((y) => (4.8 - y) ** 2)))).toBeLessThan(TOL);
  const best = sampleMean(ys.map((y) => (y - sampleMean(ys)) ** 2));
  expect(atGuess).toBeGreaterThanOrEqual(best);

  // The changed sample is in the link: a reload shows the same points.
  await expect.poll(() => new URL(page.url()).searchParams.get('y')).toBe(ys.join(','));
  await page.reload();
  expect(await sample(page)).toEqual(ys);
});

test('step 2: the MAE optimum is the median, and for an even count any point between the two middle values', async ({ page }) => {
  await page.goto(open(2, '&answer=median'));
  let ys = await sample(page);
  expect(ys.length % 2).toBe(1);
  const odd = await optimumOf(page, 'MAE');
  expect(Math.abs(odd.at - sorted(ys)[(ys.length - 1) / 2]!)).toBeLessThan(TOL);
  expect(odd.lo).toBe(odd.hi);

  await page.getByRole('button', { name: 'Add an outlier' }).click();
  await expect(points(page)).toHaveCount(8);
  await drag(page, 2, 90);
  ys = await sample(page);
  const s = sorted(ys);
  const even = await optimumOf(page, 'MAE');
  // Every c in [y₍₄₎, y₍₅₎] minimises the mean absolute error; the page states that interval.
  expect(Math.abs(even.lo - s[3]!)).toBeLessThan(TOL);
  expect(Math.abs(even.hi - s[4]!)).toBeLessThan(TOL);
  if (s[3]! < s[4]!) expect(even.text).toMatch(/^any c in \[/);
  expect(Math.abs((await optimumOf(page, 'MSE')).at - sampleMean(ys))).toBeLessThan(TOL);
});

/** The τ-quantile by its definition: every c with #{y < c}/n ≤ τ ≤ #{y ≤ c}/n, tried at the data points. */
function tauQuantiles(ys: readonly number[], tau: number): number[] {
  const n = ys.length;
  return ys.filter((c) => ys.filter((y) => y < c).length / n <= tau + 1e-12 && tau - 1e-12 <= ys.filter((y) => y <= c).length / n);
}

test('step 3: the pinball optimum is the τ-quantile, after τ moves by keyboard and a point is dragged', async ({ page }) => {
  await page.goto(open(3, '&answer=higher'));
  const tau = page.getByRole('slider', { name: 'tau' });
  const check = async () => {
    const ys = await sample(page);
    const t = Number(await tau.inputValue());
    const q = await optimumOf(page, 'Quantile');
    const expected = tauQuantiles(ys, t);
    expect(expected.length).toBeGreaterThan(0);
    expect(Math.abs(q.lo - Math.min(...expected))).toBeLessThan(TOL);
    expect(Math.abs(q.hi - Math.max(...expected))).toBeLessThan(TOL);
    return t;
  };
  expect(await check()).toBe(0.9);
  await tau.focus();
  for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowLeft');
  await expect(tau).toHaveValue('0.45');
  await check();
  await drag(page, 1, 200);
  await check();
});

test('step 4: the Huber optimum solves Σ ψ_δ(c − yᵢ) = 0, and a large δ gives the mean', async ({ page }) => {
  await page.goto(open(4, '&answer=mean&delta=0.5'));
  const psiSum = (ys: readonly number[], c: number, d: number) => ys.reduce((a, y) => a + Math.max(-d, Math.min(d, c - y)), 0);
  let ys = await sample(page);
  expect(Math.abs(psiSum(ys, (await optimumOf(page, 'Huber')).at, 0.5))).toBeLessThan(TOL);
  await page.getByRole('spinbutton', { name: 'delta value' }).fill('5');
  await drag(page, 6, -60);
  ys = await sample(page);
  const c = (await optimumOf(page, 'Huber')).at;
  expect(Math.abs(psiSum(ys, c, 5))).toBeLessThan(TOL);
  if (Math.max(...ys.map((y) => Math.abs(c - y))) <= 5) expect(Math.abs(c - sampleMean(ys))).toBeLessThan(TOL);
});

test('step 5 shows all four optima, each its statistic of the linked sample', async ({ page }) => {
  await page.goto(open(5, '&y=1,2,3,10&tau=0.25&delta=5'));
  expect(await sample(page)).toEqual([1, 2, 3, 10]);
  expect((await optimumOf(page, 'MSE')).at).toBe(4);
  const mae = await optimumOf(page, 'MAE');
  expect([mae.lo, mae.hi]).toEqual([2, 3]);
  const q = await optimumOf(page, 'Quantile'); // nτ = 1: the whole interval [y₍₁₎, y₍₂₎]
  expect([q.lo, q.hi]).toEqual([1, 2]);
  // 10 lies beyond δ = 5 of the optimum and pulls with force 5 only: (c − 1) + (c − 2) + (c − 3) − 5 = 0.
  expect(Math.abs((await optimumOf(page, 'Huber')).at - 11 / 3)).toBeLessThan(TOL);
});
