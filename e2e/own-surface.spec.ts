import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { OWN_ENGINE } from '../app/state/ownChunk';
import { setOwnEngine } from '../app/state/ownHook';
import { decodeSurface } from '../app/state/surfaceCodec';
import { OWN_CHECK_FORMULAS } from '../src/math/gpu/surface/ownCheckCases';
import { DATASET_PRESETS, getPreset, makeDataset, surfaceCpu } from '../src/math/surface';
import { expect, parseReadout, test, withoutWebgl } from './fixtures';

// The test reads the links it checks as the page does, typed formulas included (their float64 surface below).
setOwnEngine(OWN_ENGINE);

const ABS_Q = 'Your loss 1: ℓ(r) = abs(r)^q objective surface';
/** The link a person shares after typing abs(r)^q beside MSE, with q = 1.5. */
const ABS_Q_LINK = '/?view=surface&model=regression&own1=abs(r)%5Eq&own1.axis=residual&loss=mse,own1&q=1.5';

/**
 * J(w, b) = mean |w·x + b − y|^q and its gradient, by hand from the formula (not through the parser), at the
 * link's weights and data.
 */
function absQAt(page: Page): { value: number; du: number; dv: number } {
  const s = decodeSurface(new URL(page.url()).search).state;
  const q = s.values.own1!.q!;
  const ds = makeDataset(s.data, s.seed, s.n)!;
  const [w, b] = s.point;
  let value = 0, du = 0, dv = 0;
  for (let i = 0; i < ds.n; i++) {
    const r = w * ds.x[i]! + b - ds.y[i]!;
    value += Math.abs(r) ** q;
    const g = q * Math.abs(r) ** (q - 1) * Math.sign(r);
    du += g * ds.x[i]!;
    dv += g;
  }
  return { value: value / ds.n, du: du / ds.n, dv: dv / ds.n };
}

async function expectReadout(page: Page, figure: string | RegExp, want: (page: Page) => { value: number; du: number; dv: number }) {
  await expect(async () => {
    const dds = await page.getByRole('figure', { name: figure }).first().locator('dl dd').allTextContents();
    const [value, du, dv] = dds.slice(0, 3).map(parseReadout);
    const w = want(page);
    expect(value).toBeCloseTo(w.value, 4);
    expect(du).toBeCloseTo(w.du, 4);
    expect(dv).toBeCloseTo(w.dv, 4);
  }).toPass({ timeout: 15_000 });
}

/** The colour legend's extent equals that of the float64 surface of the link's typed loss (four digits shown). */
async function expectLegendMatchesFloat64(page: Page, figure: string | RegExp, lossId: string) {
  const s = decodeSurface(new URL(page.url()).search).state;
  const want = surfaceCpu({
    dataset: makeDataset(s.data, s.seed, s.n)!,
    lossId,
    params: s.values[lossId] ?? {},
    grid: { ...getPreset(s.data)!.grid, size: 128 },
    reg: { kind: 'none' },
  });
  const lo = Math.min(...want.value);
  const hi = Math.max(...want.value);
  const legend = page.getByRole('figure', { name: figure }).last().getByRole('img', { name: /^Colour scale/ });
  await expect(async () => {
    const label = (await legend.getAttribute('aria-label')) ?? '';
    // Linear: "from min (dark) to max (bright)"; logarithmic: "above its minimum min, … to max − min (bright)".
    const linear = /from (\S+) \(dark\) to (\S+) \(bright\)/.exec(label);
    const log = /above its minimum (\S+), from \S+ or less \(dark\) to (\S+) \(bright\)/.exec(label);
    expect(linear ?? log, label).not.toBeNull();
    const shownLo = Number((linear ?? log)![1]);
    const shownHi = linear ? Number(linear[2]) : shownLo + Number(log![2]);
    // Four significant digits are shown.
    expect(Math.abs(shownLo - lo)).toBeLessThanOrEqual(1e-3 * Math.abs(lo) + 1e-9);
    expect(Math.abs(shownHi - hi)).toBeLessThanOrEqual(1e-3 * Math.abs(hi) + 1e-3 * Math.abs(lo));
  }).toPass({ timeout: 15_000 });
}

test('type a regression loss, draw it as a surface on WebGL, move its parameter, reload the link', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?view=surface');
  const badge = page.getByRole('status', { name: 'Surface backend' });
  await expect(badge).toContainText('WebGL', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Your own loss' }).click();
  await page.getByRole('button', { name: 'Add a formula' }).click();
  const field = page.getByRole('textbox', { name: 'Your loss 1 in r' });
  // A formula undefined over part of the window: the surface names the undefined cells instead of a picture.
  await field.fill('sqrt(r)');
  await field.press('Enter');
  await expect(page.getByRole('figure', { name: /ℓ\(r\) = sqrt\(r\) objective surface/ }).first()).toContainText(/undefined at \d+ of \d+ grid cells/, {
    timeout: 30_000,
  });
  await field.fill('abs(r)^q');
  await field.press('Enter');
  // The picker offers it too: chosen on the left as well, it is the only surface, and the badge speaks of it alone.
  await page.getByRole('combobox', { name: 'Left surface' }).selectOption({ label: 'Your loss 1: ℓ(r) = abs(r)^q' });
  await expect(page.getByRole('figure', { name: /objective surface$/ }).first()).toHaveAccessibleName(ABS_Q);
  const surface = page.getByRole('figure', { name: ABS_Q });
  await expect(surface.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(badge).toContainText('WebGL');
  await expect(badge).not.toContainText('kernel failed');
  await expect(badge).toContainText('128×128', { timeout: 30_000 });
  await expectReadout(page, ABS_Q, absQAt);

  const slider = page.getByRole('slider', { name: /^q · Your loss 1/ });
  await slider.focus();
  for (let k = 0; k < 10; k++) await slider.press('ArrowRight');
  const q = Number(await page.getByRole('spinbutton', { name: /^q value \(Your loss 1/ }).inputValue());
  expect(q).toBeGreaterThan(1);
  // The address follows the slider once it rests.
  await expect.poll(() => decodeSurface(new URL(page.url()).search).state.values.own1?.q).toBe(q);
  await expectReadout(page, ABS_Q, absQAt);
  await expectLegendMatchesFloat64(page, ABS_Q, 'own1');

  await page.reload();
  await expect(page.getByRole('figure', { name: ABS_Q }).locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(badge).toContainText('WebGL', { timeout: 20_000 });
  await expect(badge).not.toContainText('kernel failed');
  expect(decodeSurface(new URL(page.url()).search).state.losses).toEqual(['own1']);
  expect(decodeSurface(new URL(page.url()).search).state.values.own1?.q).toBe(q);
  await expect(page.getByRole('spinbutton', { name: /^q value \(Your loss 1/ })).toHaveValue(String(q));
  await expectReadout(page, ABS_Q, absQAt);
  await expectLegendMatchesFloat64(page, ABS_Q, 'own1');
});

test('the same link without WebGL: the float64 worker draws it, with the same numbers', async ({ baseURL }) => {
  test.setTimeout(120_000);
  await withoutWebgl(baseURL, async (page) => {
    await page.goto(ABS_Q_LINK);
    const badge = page.getByRole('status', { name: 'Surface backend' });
    await expect(badge).toContainText('CPU', { timeout: 30_000 });
    await expect(badge).toContainText('WebGL unavailable');
    await expect(page.getByRole('figure', { name: ABS_Q }).locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    await expectReadout(page, ABS_Q, absQAt);
    await expectLegendMatchesFloat64(page, ABS_Q, 'own1');
  });
});

test('with L2 on, the float64 worker traces the typed loss’s optimum as λ varies', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${ABS_Q_LINK}&reg=l2&lambda=0.1`);
  const surface = page.getByRole('figure', { name: ABS_Q }).first();
  await expect(surface.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(surface.getByText('optimum as λ varies')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Surface backend' })).not.toContainText('worker');
});

test('a margin loss from a link is a binary-model surface on WebGL, equal to its float64 surface', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/?view=surface&model=binary&own2=${encodeURIComponent('max(0, 1 - m)^2 + 0.1*m^2')}&own2.axis=margin&loss=hinge,own2`);
  const figure = /Your loss 2: ℓ\(m\) = .* objective surface/;
  await expect(page.getByRole('figure', { name: figure }).locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 20_000 });
  await expectLegendMatchesFloat64(page, figure, 'own2');
});

test('the surface view opens without the formula parser; the disclosure loads it, and axe finds nothing serious', async ({ page }) => {
  test.setTimeout(90_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/?view=surface&model=binary');
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL', { timeout: 30_000 });
  const parser = () => scripts.filter((p) => /\/(ownChunk|install)-/.test(p));
  expect(parser()).toEqual([]);
  const disclosure = page.getByRole('button', { name: 'Your own loss' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.click();
  await page.getByRole('button', { name: 'Add a formula' }).click();
  await expect(page.getByRole('textbox', { name: 'Your loss 1 in m' })).toHaveValue('log(1 + exp(-a*m))');
  expect(parser().length).toBeGreaterThan(0);
  await expect(page.getByRole('slider', { name: /^a · Your loss 1/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Your loss 1: ℓ\(m\)/ }).locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

const TOLERANCE = 1e-4;

/** Every row of an agreement table agrees within the tolerance and compares some cells; returns the formulas and presets seen. */
async function expectAgreement(table: Locator): Promise<{ formulas: Set<string>; presets: Set<string>; worst: number; where: string }> {
  const formulas = new Set<string>();
  const presets = new Set<string>();
  let worst = 0;
  let where = '';
  for (const row of await table.locator('tbody tr').all()) {
    const preset = (await row.getByRole('rowheader').textContent())!;
    const [formula, , , , compared, value, du, dv, , agrees] = await row.getByRole('cell').allTextContents();
    expect(agrees, `${preset} ${formula}`).toBe('yes');
    expect(Number(compared), `${preset} ${formula}: cells compared`).toBeGreaterThan(0);
    for (const rel of [value, du, dv]) {
      expect(Number(rel), `${preset} ${formula}`).toBeLessThanOrEqual(TOLERANCE);
      if (Number(rel) > worst) [worst, where] = [Number(rel), `${formula} on ${preset}`];
    }
    formulas.add(formula!);
    presets.add(preset);
  }
  return { formulas, presets, worst, where };
}

test('typed formulas: the fused WebGL surfaces agree with float64 on every preset of their model', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('status')).toHaveText('Backend: webgl', { timeout: 20_000 });
  const section = page.getByRole('region', { name: 'Surface kernels' });
  await section.getByRole('button', { name: 'Check typed losses', exact: true }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check typed losses: done on webgl.', { timeout: 150_000 });
  const r = await expectAgreement(section.getByRole('table', { name: 'Surface GPU vs float64' }));
  console.log(`typed surface agreement: worst field error ${r.worst.toExponential(2)} of its range (${r.where})`);
  expect(r.formulas).toEqual(new Set(OWN_CHECK_FORMULAS.map((f) => f.text)));
  expect(r.presets).toEqual(new Set(DATASET_PRESETS.filter((p) => p.kind !== 'softmax3').map((p) => p.id)));
});

test('typed formulas agree under WebGL 1 too (GLSL ES 1.0)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('status')).toHaveText('Backend: webgl', { timeout: 20_000 });
  const section = page.getByRole('region', { name: 'Surface kernels' });
  await section.getByRole('button', { name: 'Check typed losses under WebGL 1' }).click();
  await expect(section.getByTestId('surface-note')).toHaveText('Check typed losses under WebGL 1: done on webgl.', { timeout: 100_000 });
  await expect(section.getByTestId('surface-webgl-version')).toHaveText('Ran under WebGL 1; WebGL 2 restored.');
  const r = await expectAgreement(section.getByRole('table', { name: 'Surface GPU vs float64' }));
  expect(r.formulas).toEqual(new Set(OWN_CHECK_FORMULAS.map((f) => f.text)));
});
