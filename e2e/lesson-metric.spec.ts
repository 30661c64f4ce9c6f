import type { Page } from '@playwright/test';
import { expect, parseReadout, test } from './fixtures';

/**
 * Lesson 9 (metric learning): the triplet, contrastive, InfoNCE and ArcFace values the page shows for the
 * positions in the link and after moving points as a person would, against closed forms written out here.
 * The tables show four decimals, so a value read back is within half a unit of the fourth.
 */
const SHOWN = 5e-5 + 1e-12;
const rad = (d: number) => (d * Math.PI) / 180;

const open = (page: Page, step: number, query: string) => page.goto(`/?view=lesson&id=metric&step=${step}&${query}`);
const value = async (page: Page, name: string) => parseReadout(await page.getByRole('status', { name, exact: true }).textContent());
async function near(page: Page, name: string, want: number) {
  await expect.poll(async () => Math.abs((await value(page, name)) - want), { message: name }).toBeLessThanOrEqual(SHOWN);
}
async function answer(page: Page, choice: string) {
  await page.getByRole('radio', { name: choice, exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.getByText(/^Right:/)).toBeVisible();
}
/** A plane handle's position, from its value text “x 0.3, y -1”. */
async function planePoint(page: Page, name: string): Promise<[number, number]> {
  const t = (await page.getByRole('slider', { name, exact: true }).getAttribute('aria-valuetext')) ?? '';
  const m = /^x (\S+), y (\S+)$/.exec(t);
  if (!m) throw new Error(`unexpected value text “${t}”`);
  return [Number(m[1]), Number(m[2])];
}
async function dragBy(page: Page, name: string, dx: number, dy: number) {
  const box = (await page.getByRole('slider', { name, exact: true }).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

// triplet loss max(0, d(a, p) − d(a, n) + m)
const triplet = (a: number[], p: number[], n: number[], m: number) =>
  Math.max(0, Math.hypot(a[0]! - p[0]!, a[1]! - p[1]!) - Math.hypot(a[0]! - n[0]!, a[1]! - n[1]!) + m);
// InfoNCE of an anchor at angle a: −log(e^{s⁺/τ} / (e^{s⁺/τ} + Σ e^{s⁻/τ})), s = cos of the angle between
const infonce = (a: number, p: number, negs: readonly number[], tau: number) => {
  const e = (b: number) => Math.exp(Math.cos(rad(a - b)) / tau);
  return -Math.log(e(p) / (e(p) + negs.reduce((s, n) => s + e(n), 0)));
};
const weights = (a: number, negs: readonly number[], tau: number) => {
  const e = negs.map((n) => Math.exp(Math.cos(rad(a - n)) / tau));
  const z = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / z);
};

test.describe('lesson: metric learning', () => {
  test('step 1: triplet kinds and losses for the link’s points, after a key move and after a drag', async ({ page }) => {
    // d(a, p) = 1; negatives at 0.5 (hard), 1.5 (semi-hard) and 3 (easy) with margin 1
    await open(page, 1, 'anchor=0,0&positive=1,0&neg=-0.5,0,0,1.5,0,-3&margin=1');
    await expect(page.getByRole('status', { name: 'N1 triplet loss' })).toHaveCount(0);
    await answer(page, 'Hard');
    await near(page, 'd(a, p)', 1);
    await expect(page.getByRole('status', { name: 'N1 kind' })).toHaveText('hard');
    await expect(page.getByRole('status', { name: 'N2 kind' })).toHaveText('semi-hard');
    await expect(page.getByRole('status', { name: 'N3 kind' })).toHaveText('easy');
    await near(page, 'N1 triplet loss', 1.5);
    await near(page, 'N2 triplet loss', 0.5);
    await near(page, 'N3 triplet loss', 0);
    await near(page, 'mean triplet loss', 2 / 3);

    // three presses move the anchor to (0.3, 0)
    const anchor = page.getByRole('slider', { name: 'anchor', exact: true });
    await anchor.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(anchor).toHaveAttribute('aria-valuetext', 'x 0.3, y 0');
    const negs = [[-0.5, 0], [0, 1.5], [0, -3]];
    for (let i = 0; i < 3; i++) await near(page, `N${i + 1} triplet loss`, triplet([0.3, 0], [1, 0], negs[i]!, 1));

    await dragBy(page, 'negative 3', -30, -40);
    const n3 = await planePoint(page, 'negative 3');
    expect(n3).not.toEqual([0, -3]);
    await near(page, 'N3 triplet loss', triplet([0.3, 0], [1, 0], n3, 1));
    await near(page, 'mean triplet loss', (triplet([0.3, 0], [1, 0], negs[0]!, 1) + triplet([0.3, 0], [1, 0], negs[1]!, 1) + triplet([0.3, 0], [1, 0], n3, 1)) / 3);
    await expect.poll(() => decodeURIComponent(page.url())).toContain('anchor=0.3,0');
  });

  test('step 2: contrastive pairs pay ½d² when similar and ½max(0, m − d)² when not', async ({ page }) => {
    await open(page, 2, 'anchor=0,0&positive=1,0&neg=-0.5,0,0,1.5,0,-3&margin=1.5');
    await answer(page, 'Nothing');
    await near(page, 'A–P contrastive loss', 0.5);
    await near(page, 'A–N1 contrastive loss', 0.5 * (1.5 - 0.5) ** 2);
    await near(page, 'A–N2 contrastive loss', 0);
    await near(page, 'A–N3 contrastive loss', 0);
    const margin = page.getByRole('slider', { name: 'margin' });
    await margin.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // m = 1.6: N2 at 1.5 is now inside the ring
    await near(page, 'A–N2 contrastive loss', 0.5 * 0.1 ** 2);
    await near(page, 'mean contrastive loss', (0.5 + 0.5 * 1.1 ** 2 + 0.5 * 0.1 ** 2 + 0) / 4);
  });

  test('step 3: InfoNCE and the negatives’ weights; they sum to 1 and gather on the hardest as τ falls', async ({ page }) => {
    const negs = [70, 140, -100, -160];
    await open(page, 3, `qa=0&qp=30&qn=${negs.join(',')}&tau=0.5`);
    await expect(page.getByRole('status', { name: 'N1 weight' })).toHaveCount(0);
    await answer(page, 'Onto the negative most similar to the anchor');
    await near(page, 'InfoNCE loss', infonce(0, 30, negs, 0.5));
    const w = weights(0, negs, 0.5);
    let sum = 0;
    for (let j = 0; j < negs.length; j++) {
      await near(page, `N${j + 1} weight`, w[j]!);
      sum += await value(page, `N${j + 1} weight`);
    }
    expect(Math.abs(sum - 1)).toBeLessThanOrEqual(negs.length * SHOWN);

    // a key move of negative 2 (140° → 135°), then the temperature down to its floor
    const n2 = page.getByRole('slider', { name: 'negative 2', exact: true });
    await n2.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(n2).toHaveAttribute('aria-valuenow', '135');
    await near(page, 'InfoNCE loss', infonce(0, 30, [70, 135, -100, -160], 0.5));
    // a pointer drag of negative 3 along the circle
    await dragBy(page, 'negative 3', 40, -10);
    const n3 = Number(await page.getByRole('slider', { name: 'negative 3', exact: true }).getAttribute('aria-valuenow'));
    expect(n3).not.toBe(-100);
    const moved = [70, 135, n3, -160];
    await near(page, 'InfoNCE loss', infonce(0, 30, moved, 0.5));
    const cos = moved.map((n) => Math.cos(rad(n)));
    const h = cos.indexOf(Math.max(...cos));
    const name = `N${h + 1} weight`;
    const before = await value(page, name);
    const tau = page.getByRole('slider', { name: 'tau' });
    await tau.focus();
    await page.keyboard.press('Home');
    await near(page, 'InfoNCE loss', infonce(0, 30, moved, 0.02));
    await near(page, name, weights(0, moved, 0.02)[h]!);
    const after = await value(page, name);
    expect(after).toBeGreaterThan(before);
    expect(after).toBeGreaterThan(0.99);
  });

  test('step 4: one more negative raises the InfoNCE loss, as the closed form says', async ({ page }) => {
    const negs = [70, 140, -100, -160];
    await open(page, 4, `qa=0&qp=30&qn=${negs.join(',')}&tau=0.5`);
    await expect(page.getByRole('status', { name: 'InfoNCE loss' })).toHaveCount(0);
    await answer(page, 'It rises');
    await near(page, 'InfoNCE loss', infonce(0, 30, negs, 0.5));
    await near(page, 'chance loss', Math.log(5));
    await page.getByRole('button', { name: 'Add a negative' }).click();
    const added = Number(await page.getByRole('slider', { name: 'negative 5', exact: true }).getAttribute('aria-valuenow'));
    const more = [...negs, added];
    await near(page, 'InfoNCE loss', infonce(0, 30, more, 0.5));
    expect(infonce(0, 30, more, 0.5)).toBeGreaterThan(infonce(0, 30, negs, 0.5));
    await near(page, 'chance loss', Math.log(6));
  });

  test('step 5: ArcFace scores the feature at θ + m; its loss for the link’s angles and after a change of m', async ({ page }) => {
    // feature at 20°, own centre at 50° (θ = 30°), other centres at −60° and 170°
    const arc = (s: number, m: number) => {
      const own = Math.exp(s * Math.cos(rad(30) + m));
      return -Math.log(own / (own + Math.exp(s * Math.cos(rad(80))) + Math.exp(s * Math.cos(rad(150)))));
    };
    await open(page, 5, 'qa=20&qp=50&qn=-60,170&s=10&m=0.5');
    await answer(page, 'Higher');
    await near(page, 'ArcFace loss', arc(10, 0.5));
    await near(page, 'loss without margin', arc(10, 0));
    await near(page, 'own class logit', 10 * Math.cos(rad(30) + 0.5));
    const m = page.getByRole('slider', { name: 'm', exact: true });
    await m.focus();
    await page.keyboard.press('ArrowRight');
    await near(page, 'ArcFace loss', arc(10, 0.51));
    await near(page, 'probability of class 1', Math.exp(-arc(10, 0.51)));
  });
});
