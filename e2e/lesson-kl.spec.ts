import type { Page } from '@playwright/test';
import { crossEntropyPQ, entropy, kl, mix } from '../src/math/lessons/kl';
import { expect, test } from './fixtures';

const at = (step: number, extra = '') => `/?view=lesson&id=kl&step=${step}${extra}`;
const CLASSES = ['a', 'b', 'c', 'd'];

/** The exact value of a labelled readout (data-value holds the float64; the text shows 6 digits). */
async function readout(page: Page, name: string): Promise<number> {
  const out = page.getByRole('status', { name, exact: true });
  await expect(out).toHaveAttribute('data-value', /./);
  return Number(await out.getAttribute('data-value'));
}

/** A distribution as its bar sliders hold it. */
async function dist(page: Page, name: 'p' | 'q'): Promise<number[]> {
  return Promise.all(CLASSES.map(async (c) => Number(await page.getByRole('slider', { name: `${name}(${c})`, exact: true }).getAttribute('aria-valuenow'))));
}

/** H + KL = CE on the page, each against src/math for the p and q the bars hold. */
async function identityHolds(page: Page) {
  const p = await dist(page, 'p');
  const q = await dist(page, 'q');
  expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  const h = await readout(page, 'H(p)');
  const d = await readout(page, 'KL(p‖q)');
  const ce = await readout(page, 'CE(p, q)');
  expect(Math.abs(h + d - ce)).toBeLessThan(1e-12);
  expect(Math.abs(h - entropy(p))).toBeLessThan(1e-12);
  expect(Math.abs(d - kl(p, q))).toBeLessThan(1e-12);
  expect(Math.abs(ce - crossEntropyPQ(p, q))).toBeLessThan(1e-12);
  return { p, q };
}

test('step 1: H(p) + KL(p‖q) = CE(p, q) to 1e-12, after keyboard moves and a mouse drag of the bars', async ({ page }) => {
  await page.goto(at(1));
  await expect(page.getByRole('status', { name: 'CE(p, q)', exact: true })).toHaveText('?');
  await page.getByRole('radio', { name: /^No: CE\(p, q\) ≥ H\(p\)/ }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  const before = await identityHolds(page);
  expect(before.q).toEqual([0.1, 0.2, 0.3, 0.4]);

  // Three steps of 0.01 up on q(a): q(a) = 0.13 and the rest of q still sums to 1.
  const qa = page.getByRole('slider', { name: 'q(a)', exact: true });
  await qa.focus();
  for (let i = 0; i < 3; i++) await qa.press('ArrowUp');
  await expect(qa).toHaveAttribute('aria-valuenow', '0.13');
  const { q } = await identityHolds(page);
  expect(q[3]).toBeLessThan(0.4);

  // A mouse drag: press inside p(d)'s track (the slider's box also holds the class name below it), pull up.
  const pd = page.getByRole('slider', { name: 'p(d)', exact: true });
  const box = (await pd.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.75);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.up();
  const { p } = await identityHolds(page);
  expect(p[3]).toBeGreaterThan(0.5);
});

test('step 2: KL(p‖q) and KL(q‖p) differ, each to 1e-12, and are exactly 0 once q = p', async ({ page }) => {
  await page.goto(at(2));
  const p0 = await dist(page, 'p');
  const q0 = await dist(page, 'q');
  await page.getByRole('radio', { name: kl(q0, p0) > kl(p0, q0) ? 'KL(q‖p)' : 'KL(p‖q)', exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByText(/^Right: /)).toBeVisible();

  const check = async () => {
    const p = await dist(page, 'p');
    const q = await dist(page, 'q');
    const pq = await readout(page, 'KL(p‖q)');
    const qp = await readout(page, 'KL(q‖p)');
    expect(Math.abs(pq - kl(p, q))).toBeLessThan(1e-12);
    expect(Math.abs(qp - kl(q, p))).toBeLessThan(1e-12);
    return { pq, qp };
  };
  const first = await check();
  // The opening pair from its closed sums: KL(p‖q) ≈ 1.031, KL(q‖p) ≈ 1.334.
  const ab = 0.6 * Math.log(6) + 0.3 * Math.log(1.5) + 0.08 * Math.log(0.08 / 0.3) + 0.02 * Math.log(0.05);
  const ba = 0.1 * Math.log(0.1 / 0.6) + 0.2 * Math.log(0.2 / 0.3) + 0.3 * Math.log(0.3 / 0.08) + 0.4 * Math.log(20);
  expect(Math.abs(first.pq - ab)).toBeLessThan(1e-12);
  expect(Math.abs(first.qp - ba)).toBeLessThan(1e-12);

  const pa = page.getByRole('slider', { name: 'p(a)', exact: true });
  await pa.focus();
  await pa.press('PageDown');
  await expect(pa).toHaveAttribute('aria-valuenow', '0.5');
  const moved = await check();
  expect(Math.abs(moved.pq - moved.qp)).toBeGreaterThan(0.01);

  await page.getByRole('button', { name: 'Set q equal to p' }).click();
  expect(await dist(page, 'q')).toEqual(await dist(page, 'p'));
  expect(await readout(page, 'KL(p‖q)')).toBe(0);
  expect(await readout(page, 'KL(q‖p)')).toBe(0);
});

test('step 3: along the path from q to p, CE − KL stays H(p) and KL reaches 0 at t = 1', async ({ page }) => {
  await page.goto(at(3));
  const t = page.getByRole('slider', { name: 't', exact: true });
  const p = [0.6, 0.3, 0.08, 0.02];
  const q = [0.1, 0.2, 0.3, 0.4];
  await t.focus();
  for (const tv of [0.1, 0.2]) {
    for (let i = 0; i < 10; i++) await t.press('ArrowRight');
    await expect(page.getByRole('spinbutton', { name: 't value' })).toHaveValue(String(tv));
    const ce = await readout(page, 'CE(p, q_t)');
    const d = await readout(page, 'KL(p‖q_t)');
    const h = await readout(page, 'H(p)');
    expect(Math.abs(ce - d - h)).toBeLessThan(1e-12);
    expect(Math.abs(ce - crossEntropyPQ(p, mix(q, p, tv)))).toBeLessThan(1e-12);
  }
  await t.press('End');
  expect(await readout(page, 'KL(p‖q_t)')).toBeLessThan(1e-15);
  expect(Math.abs((await readout(page, 'CE(p, q_t)')) - entropy(p))).toBeLessThan(1e-12);
});
