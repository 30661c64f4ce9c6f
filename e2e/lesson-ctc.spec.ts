import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getLoss } from '../src/math/losses';
import { expect, test } from './fixtures';

/**
 * The CTC lesson: the loss the page shows against the registry's ctc (and a brute-force sum over every frame
 * string) for logits set by link and edited with the keyboard; the drawn path read back from the picture
 * collapses to the target; axe after edits.
 */

const ctc = getLoss('ctc')!;
const LETTERS = ['ε', 'A', 'B', 'C'];
const ids = (word: string) => [...word].map((ch) => LETTERS.indexOf(ch));
const rows = (z: readonly number[]) => Array.from({ length: z.length / 4 }, (_, t) => z.slice(t * 4, t * 4 + 4));
const parseShown = (text: string | null) => Number((text ?? '').trim());

/** Merge runs, then drop blanks (class 0). */
const collapse = (s: readonly number[]) => s.filter((c, t) => c !== 0 && (t === 0 || s[t - 1] !== c));

/** −log p(target) / L by summing the probability of every string of T symbols that collapses to the target. */
function bruteForceLoss(z: readonly number[], target: readonly number[]): number {
  return bruteForceRows(rows(z), target, 0);
}

/** The same for logits [T][C] and any blank id. */
function bruteForceRows(logits: readonly (readonly number[])[], target: readonly number[], blank: number): number {
  const C = logits[0]!.length;
  const merged = (s: readonly number[]) => s.filter((c, t) => c !== blank && (t === 0 || s[t - 1] !== c));
  const p = logits.map((r) => {
    const e = r.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
  let total = 0;
  const walk = (t: number, prefix: number[], prob: number) => {
    if (t === p.length) {
      const c = merged(prefix);
      if (c.length === target.length && c.every((v, i) => v === target[i])) total += prob;
      return;
    }
    for (let k = 0; k < C; k++) walk(t + 1, [...prefix, k], prob * p[t]![k]!);
  };
  walk(0, [], 1);
  return -Math.log(total) / target.length;
}

const Z = [0, 2, 0, 0, 1, 1.5, 0, 0, 2, 0, 0, 0, 0, 2, 0.5, 0, 0.5, 0, 2, 0, 1.5, 0, 1, 0];
const at = (step: number, extra = '') => `/?view=lesson&id=ctc&step=${step}${extra}`;
const exact = async (page: Page, name: string) => Number(await page.getByRole('status', { name, exact: true }).getAttribute('data-value'));

async function answer(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('.predict-verdict')).toContainText('Right');
}

async function axe(page: Page, where: string) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * The symbols of the path drawn on the lattice: each vertex's height matched to the row label at that height.
 * Labels and vertices are read in one go, so a re-layout between two reads cannot mix two drawings.
 */
async function drawnPath(page: Page): Promise<number[]> {
  const lattice = page.getByRole('img', { name: /^Alignment lattice/ });
  const { labels, points } = await lattice.evaluate((svg) => ({
    labels: [...svg.querySelectorAll('.ctc-row-labels text')].map((e) => ({ y: Number(e.getAttribute('y')), text: e.textContent ?? '' })),
    points: (svg.querySelector('polyline.ctc-path-line')?.getAttribute('points') ?? '').trim().split(/\s+/),
  }));
  return points.map((pt) => {
    const y = Number(pt.split(',')[1]);
    const row = labels.find((l) => Math.abs(l.y - y) < 0.5);
    if (!row) throw new Error(`no lattice row at y = ${y}`);
    return LETTERS.indexOf(row.text);
  });
}

test('the loss shown is the registry’s ctc for the linked logits, and follows a logit edited with the keyboard', async ({ page }) => {
  await page.goto(at(3, `&target=AAB&frames=6&z=${Z.join(',')}`));
  const want = ctc.value({ logits: rows(Z), target: ids('AAB') }, { blank: 0 });
  expect(await exact(page, 'CTC loss')).toBe(want);
  expect(Math.abs(want - bruteForceLoss(Z, ids('AAB')))).toBeLessThanOrEqual(1e-12);
  await expect(page.getByRole('status', { name: 'CTC loss', exact: true })).toHaveText(String(Number(want.toPrecision(6))));

  const field = page.getByRole('spinbutton', { name: 'frame 3, A', exact: true });
  await field.focus();
  for (let k = 0; k < 3; k++) await field.press('ArrowUp');
  await expect(field).toHaveValue('1.5');
  const edited = Z.map((v, i) => (i === 2 * 4 + 1 ? 1.5 : v));
  const next = ctc.value({ logits: rows(edited), target: ids('AAB') }, { blank: 0 });
  await expect.poll(() => exact(page, 'CTC loss')).toBe(next);
  expect(next).not.toBe(want);
  expect(Math.abs(next - bruteForceLoss(edited, ids('AAB')))).toBeLessThanOrEqual(1e-12);
  expect(Math.abs((await exact(page, 'p(target)')) - Math.exp(-3 * next))).toBeLessThanOrEqual(1e-12);
  await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe(edited.join(','));

  await answer(page, '1, at every frame');
  const sums = ((await page.getByRole('status', { name: 'Column sums, frame by frame', exact: true }).textContent()) ?? '').split(', ').map(Number);
  expect(sums).toEqual([1, 1, 1, 1, 1, 1]);
  await page.getByText('The lattice’s posteriors as a table').click();
  await expect(page.getByRole('table', { name: 'Posterior γ of each lattice node (columns: frames)' })).toBeVisible();
  await axe(page, 'step 3 after an edit, table open');
});

test('the path drawn collapses to the target, for every target and after frames change', async ({ page }) => {
  await page.goto(at(1, `&z=${Z.join(',')}`));
  expect(collapse(await drawnPath(page))).toEqual(ids('AAB'));
  expect(await drawnPath(page)).toEqual([1, 1, 0, 1, 2, 0]);
  await expect(page.getByRole('status', { name: 'Most likely alignment', exact: true })).toHaveText('A A ε A B ε');
  const target = page.getByRole('combobox', { name: 'Target' });
  const frames = page.getByRole('slider', { name: 'frames', exact: true });
  for (const [i, word] of ['CAB', 'ABA', 'ABBA'].entries()) {
    await target.selectOption(word);
    await frames.focus();
    await frames.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('target')).toBe(word);
    await expect.poll(() => new URL(page.url()).searchParams.get('frames')).toBe(String(7 + i));
    await expect(page.getByRole('img', { name: new RegExp(`by ${7 + i} frames`) })).toBeVisible();
    const path = await drawnPath(page);
    expect(path.length).toBe(7 + i);
    expect(collapse(path)).toEqual(ids(word));
    const z = new URL(page.url()).searchParams.get('z')!.split(',').map(Number);
    expect(z.length).toBe(path.length * 4);
    const p = Math.exp(-word.length * ctc.value({ logits: rows(z), target: ids(word) }, { blank: 0 }));
    expect(Math.abs((await exact(page, 'p(target), all alignments')) - p)).toBeLessThanOrEqual(1e-12 * p);
  }
  await answer(page, 'AAB');
  await expect(page.getByRole('status', { name: 'It collapses to', exact: true })).toHaveText('ABBA');
  await axe(page, 'step 1 after edits');
});

test('step 4: the gradient’s arrows match the registry, and a descent step lowers the loss to the registry’s value', async ({ page }) => {
  await page.goto(at(4, `&z=${Z.join(',')}`));
  await answer(page, 'Those whose class the alignments want more than the model now gives it');
  const grad = ctc.grad({ logits: rows(Z), target: ids('AAB') }, { blank: 0 }).logits as number[][];
  const table = page.getByRole('table', { name: /^∂loss\/∂z per frame/ });
  for (let t = 0; t < 6; t++) {
    const cells = await table.getByRole('row').nth(t + 1).getByRole('cell').allInnerTexts();
    cells.forEach((c, k) => {
      const g = grad[t]![k]!;
      expect(c.startsWith(g < -5e-4 ? '↑' : g > 5e-4 ? '↓' : '·'), `frame ${t + 1}, ${LETTERS[k]}: ${c}`).toBe(true);
      expect(Math.abs(Number(c.slice(2).replace('−', '-')) - g)).toBeLessThanOrEqual(5e-4 + 1e-12);
    });
  }
  const before = await exact(page, 'CTC loss');
  await page.getByRole('button', { name: 'Take a gradient-descent step' }).click();
  const stepped = Z.map((v, i) => Math.round((v - 3 * grad[Math.floor(i / 4)]![i % 4]!) * 1000) / 1000);
  const after = ctc.value({ logits: rows(stepped), target: ids('AAB') }, { blank: 0 });
  await expect.poll(() => exact(page, 'CTC loss')).toBe(after);
  expect(after).toBeLessThan(before);
  await axe(page, 'step 4 revealed, after a step');
});

test('a link to ctc opens the curve explorer; its readout is the loss of the profile’s sequence, whatever the blank id', async ({ page }) => {
  await page.goto('/?loss=ctc&axis=logit');
  const row = page.getByRole('row', { name: /^CTC/ });
  await expect(row).toBeVisible();
  const x = parseShown(await page.getByRole('status', { name: 'cursor position' }).textContent());
  // The profile: 3 classes, target (A, B) over 4 frames, x on A at frames 1–2 and on B at frames 3–4, other logits 0.
  const sequence = (blank: number) => {
    const [a, b] = [0, 1, 2].filter((c) => c !== blank) as [number, number];
    const logits = [a, a, b, b].map((k) => [0, 1, 2].map((c) => (c === k ? x : 0)));
    return bruteForceRows(logits, [a, b], blank);
  };
  const valueShown = async () => parseShown((await row.getByRole('cell').allTextContents())[0]!);
  expect(Math.abs((await valueShown()) - sequence(0))).toBeLessThanOrEqual(5e-6 * Math.max(1, sequence(0)));
  const blank = page.getByRole('slider', { name: /blank/ });
  await blank.focus();
  await blank.press('ArrowRight');
  await expect(blank).toHaveValue('1');
  expect(Math.abs((await valueShown()) - sequence(1))).toBeLessThanOrEqual(5e-6 * Math.max(1, sequence(1)));
  await expect(page.getByText("torch.nn.CTCLoss(blank=1, reduction='mean')", { exact: false })).toBeVisible();
});
