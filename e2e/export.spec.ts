import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { LESSONS } from '../app/lessons';
import { decodeSurface } from '../app/state/surfaceCodec';
import { pngSize } from '../src/components/export/pngSize';
import { getLoss } from '../src/math/losses';
import { sigmoid } from '../src/math/numerics';
import { datasetOf, makeDataset, objectiveAt, type Regularizer } from '../src/math/surface';
import { expect, test } from './fixtures';
import { lossChart, viewFromUrl } from './helpers';

/**
 * Export from every kind of chart, by role and name as a person does it: each file is downloaded and
 * parsed. The SVG must be XML a parser accepts, standalone (no class to style it), with the curves as
 * paths and the axes' and legend's words as text; the PNG's IHDR says twice the chart's CSS size; the
 * CSV's numbers are those of src/math at sampled rows.
 */

const EXPLORER = '/?v=2&loss=huber,mse,mae&axis=residual&delta=1.5&x=-4,4&at=1&panels=loss,d,w';
const CURVES = 'Loss curves of Huber, Mean squared error, Mean absolute error (L1)';

/** Presses `label` in the chart's Export group (opening it first) and returns the downloaded file. */
async function exportFile(page: Page, chart: string, label: string): Promise<{ name: string; bytes: Buffer }> {
  const toggle = page.getByRole('button', { name: `Export ${chart}` });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('group', { name: `Export ${chart}` }).getByRole('button', { name: label }).click();
  const d = await downloaded;
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

interface ParsedSvg {
  readonly error: string | null;
  readonly root: string;
  readonly width: number;
  readonly height: number;
  readonly classes: number;
  readonly paths: { series: string | null; marks: string | null; stroke: string | null; d: number }[];
  readonly texts: string[];
  readonly images: string[];
}

/** The SVG parsed by the browser's XML parser (DOMParser as image/svg+xml). */
async function parseSvg(page: Page, text: string): Promise<ParsedSvg> {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const err = doc.getElementsByTagName('parsererror')[0];
    const root = doc.documentElement;
    return {
      error: err ? err.textContent : null,
      root: `${root.namespaceURI} ${root.localName}`,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      classes: doc.querySelectorAll('[class], [style]').length,
      paths: [...doc.querySelectorAll('path')].map((p) => ({ series: p.getAttribute('data-series'), marks: p.getAttribute('data-marks'), stroke: p.getAttribute('stroke'), d: (p.getAttribute('d') ?? '').length })),
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()),
      images: [...doc.querySelectorAll('image')].map((i) => (i.getAttribute('href') ?? '').slice(0, 22)),
    };
  }, text);
}

/** Rows of a CSV (no quoted fields in these), without its "#" comment lines. */
function csvRows(bytes: Buffer): string[][] {
  return bytes
    .toString('utf8')
    .split('\r\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(','));
}

function expectClose(got: number, want: number, what: string) {
  expect(Number.isFinite(got), `${what} is a number`).toBe(Number.isFinite(want));
  if (Number.isFinite(want)) expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(want), 1e-12));
}

async function cssBox(el: Locator): Promise<{ width: number; height: number }> {
  return el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
}

test('the explorer chart exports a standalone SVG with its curves as paths, a 2× PNG and the plotted numbers', async ({ page }) => {
  await page.goto(EXPLORER);
  await expect(lossChart(page)).toBeVisible();
  // The export code is not part of the first load: it arrives on the first press.
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await expect(page.getByRole('slider', { name: 'delta' })).toBeVisible();
  expect(chunks.filter((u) => /runExport/.test(u))).toEqual([]);

  const svgFile = await exportFile(page, CURVES, 'Download SVG');
  expect(svgFile.name).toMatch(/^loss-curves-of-huber.*\.svg$/);
  expect(chunks.filter((u) => /runExport/.test(u)).length).toBe(1);
  const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
  expect(svg.classes, 'no element depends on a class or style sheet').toBe(0);
  // Three losses on three panels: value, derivative, weight.
  for (const id of ['huber', 'mse', 'mae']) {
    const paths = svg.paths.filter((p) => p.series === id);
    expect(paths.length, `${id}'s paths`).toBe(3);
    // A curved loss takes many points; MAE's |r| is two straight segments.
    expect(paths[0]!.d).toBeGreaterThan(id === 'mae' ? 15 : 100);
    for (const p of paths) expect(p.stroke).toMatch(/^rgb/);
  }
  for (const word of ['loss', 'derivative d/dx', 'weight', 'residual r = ŷ − y', 'Huber', 'Mean squared error', 'Mean absolute error (L1)', '0', '2', '−2']) {
    expect(svg.texts, `the text "${word}"`).toContain(word);
  }
  expect(svg.texts.join(' ')).not.toMatch(/Arrow keys|Download|Export/);

  // The chart is its panels and its legend (the keyboard hint under them stays on the page).
  const chartBox = await lossChart(page)
    .locator('xpath=..')
    .evaluate((panels) => {
      const top = panels.getBoundingClientRect();
      const legend = panels.querySelector('ul.legend')!.getBoundingClientRect();
      return { width: top.width, height: legend.bottom - top.top };
    });
  expect(svg.width).toBeCloseTo(chartBox.width, 3);
  expect(svg.height).toBeCloseTo(chartBox.height, 3);
  const png = await exportFile(page, CURVES, 'Download PNG (2×)');
  expect(png.name).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: Math.round(2 * chartBox.width), height: Math.round(2 * chartBox.height) });

  const csv = csvRows((await exportFile(page, CURVES, 'Download CSV')).bytes);
  expect(csv[0]).toEqual(['x', 'huber_value', 'huber_derivative', 'huber_weight', 'mse_value', 'mse_derivative', 'mse_weight', 'mae_value', 'mae_derivative', 'mae_weight']);
  expect(csv.length).toBe(1 + 1001);
  const v = viewFromUrl(page);
  for (const row of [1, 2, 250, 501, 777, 1001]) {
    // An empty field is a value that is not a finite number (MAE's weight 1/|r| at r = 0).
    const cells = csv[row]!.map((c) => (c === '' ? NaN : Number(c)));
    const x = cells[0]!;
    expect(x).toBeCloseTo(-4 + (8 * (row - 1)) / 1000, 12);
    let k = 1;
    for (const id of ['huber', 'mse', 'mae']) {
      const prof = getLoss(id)!.profiles.find((p) => p.axis === 'residual')!;
      const params = v.values[id]!;
      expectClose(cells[k++]!, prof.value(x, params), `${id} value at ${x}`);
      expectClose(cells[k++]!, prof.derivative(x, params), `${id} derivative at ${x}`);
      if (prof.weight) expectClose(cells[k++]!, prof.weight.at(x, params), `${id} weight at ${x}`);
    }
  }
});

test('the CSV holds only the shown panels, and the menu works from the keyboard, copies the link and passes axe', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?v=2&loss=hinge,squared_hinge&axis=margin&margin=1&panels=loss');
  const chart = 'Loss curves of Hinge, Squared hinge';
  const toggle = page.getByRole('button', { name: `Export ${chart}` });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const group = page.getByRole('group', { name: `Export ${chart}` });
  await group.getByRole('button', { name: 'Download CSV' }).focus();
  const downloaded = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const d = await downloaded;
  const csv = csvRows(await readFile((await d.path())!));
  expect(csv[0]).toEqual(['x', 'hinge_value', 'squared_hinge_value']);
  const x = Number(csv[400]![0]);
  expectClose(Number(csv[400]![1]), Math.max(0, 1 - x), `hinge at ${x}`);
  expectClose(Number(csv[400]![2]), Math.max(0, 1 - x) ** 2, `squared hinge at ${x}`);
  await expect(group.getByRole('status')).toHaveText(/^Downloaded .*\.csv$/);
  const axe = await new AxeBuilder({ page }).include('.export-menu').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await group.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await group.getByRole('button', { name: 'Download CSV' }).focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toBeHidden();
});

test('a surface card exports its grid of float64 objective values, an SVG over an embedded heatmap and a 2× PNG; the data exports its points', async ({ page }) => {
  await page.goto('/?view=surface&model=regression&data=reg-clean&loss=mse,huber');
  const title = 'Huber objective surface';
  const card = page.getByRole('figure', { name: title }).first();
  await expect(page.getByRole('button', { name: `Export ${title}` })).toBeVisible();
  const s = decodeSurface(new URL(page.url()).search).state;
  const want = makeDataset(s.data, s.seed, s.n)!;

  const points = csvRows((await exportFile(page, 'Training data', 'Download CSV')).bytes);
  expect(points[0]).toEqual(['x', 'y']);
  expect(points.length).toBe(1 + want.n);
  for (const [i, r] of points.slice(1).entries()) {
    expectClose(Number(r[0]), want.x[i]!, `x of point ${i}`);
    expectClose(Number(r[1]), want.y[i]!, `y of point ${i}`);
  }

  const grid = csvRows((await exportFile(page, title, 'Download CSV')).bytes);
  expect(grid[0]).toEqual(['slope_w', 'bias_b', 'objective']);
  const G = Math.sqrt(grid.length - 1);
  expect(Number.isInteger(G) && G >= 48).toBe(true);
  const dataset = datasetOf('regression', 1, points.slice(1).map((r) => Number(r[0])), points.slice(1).map((r) => Number(r[1])));
  const reg: Regularizer = s.reg === 'none' ? { kind: 'none' } : { kind: s.reg, lambda: s.lambda, l1Ratio: s.l1_ratio };
  for (const row of [1, 2, G, G + 1, Math.floor((G * G) / 2) + 7, G * G]) {
    const [u, v, value] = grid[row]!.map(Number) as [number, number, number];
    expectClose(value, objectiveAt({ dataset, lossId: 'huber', params: s.values.huber ?? {}, reg }, u, v).value, `objective at (${u}, ${v})`);
  }
  // Row j·G + i holds (u_i, v_j): u runs fastest, from the window's corner to the opposite one.
  expect(Number(grid[2]![0])).toBeGreaterThan(Number(grid[1]![0]));
  expect(grid[2]![1]).toBe(grid[1]![1]);

  const svg = await parseSvg(page, (await exportFile(page, title, 'Download SVG')).bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.classes).toBe(0);
  // The heatmap is one image of the grid's cells; contours and arrows are vector paths over it.
  expect(svg.images).toEqual(['data:image/png;base64,']);
  expect(svg.paths.filter((p) => p.marks === 'contours' && p.d > 100).length).toBeGreaterThan(0);
  expect(svg.paths.filter((p) => p.marks === 'arrows' && p.d > 100).length).toBeGreaterThan(0);
  for (const word of ['slope w', 'bias b', '0']) expect(svg.texts).toContain(word);
  const plot = card.getByRole('figure', { name: title });
  const box = await cssBox(plot);
  expect(pngSize((await exportFile(page, title, 'Download PNG (2×)')).bytes)).toEqual({ width: Math.round(2 * box.width), height: Math.round(2 * box.height) });

  const scatter = await parseSvg(page, (await exportFile(page, 'Training data', 'Download SVG')).bytes.toString('utf8'));
  expect(scatter.error).toBeNull();
  expect(scatter.texts).toEqual(expect.arrayContaining(['x', 'y']));
});

test('a lesson figure exports an SVG, a 2× PNG and the CSV of the curves it draws', async ({ page }) => {
  const lesson = LESSONS.find((l) => l.id === 'saturation')!;
  await page.goto(`/?view=lesson&id=${lesson.id}&step=1`);
  const name = `Figure: ${lesson.steps[0]!.title}`;
  const figure = page.getByRole('region', { name });
  await expect(figure).toBeVisible();
  const svg = await parseSvg(page, (await exportFile(page, name, 'Download SVG')).bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.classes).toBe(0);
  // Before the question is answered the figure draws the sigmoid alone, as a path.
  expect(svg.paths.filter((p) => p.series === 'sigmoid' && p.d > 100).length).toBe(1);
  expect(svg.texts).toEqual(expect.arrayContaining(['logit z', 'σ(z), the probability of y = 1']));
  // The figure itself, without the export buttons under it.
  const box = await cssBox(figure.locator('.lesson-figure-body'));
  expect(pngSize((await exportFile(page, name, 'Download PNG (2×)')).bytes)).toEqual({ width: Math.round(2 * box.width), height: Math.round(2 * box.height) });

  const csv = csvRows((await exportFile(page, name, 'Download CSV')).bytes);
  expect(csv[0]).toEqual(['x', 'sigmoid_value']);
  expect(csv.length).toBeGreaterThan(100);
  for (const row of [1, 50, Math.floor(csv.length / 2), csv.length - 1]) {
    const [x, p] = csv[row]!.map(Number) as [number, number];
    expectClose(p, sigmoid(x), `σ(${x})`);
  }

  // A figure that draws no curve chart offers no CSV.
  const kl = LESSONS.find((l) => l.id === 'kl')!;
  await page.goto(`/?view=lesson&id=kl&step=1`);
  const klName = `Figure: ${kl.steps[0]!.title}`;
  await page.getByRole('button', { name: `Export ${klName}` }).click();
  const group = page.getByRole('group', { name: `Export ${klName}` });
  await expect(group.getByRole('button', { name: 'Download SVG' })).toBeVisible();
  await expect(group.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
});

test('an export that fails says why in a notice and the page keeps working', async ({ page }) => {
  // A browser that cannot encode the PNG: toBlob hands back null.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function toBlob(cb: BlobCallback) {
      setTimeout(() => cb(null), 0);
    };
  });
  await page.goto(EXPLORER);
  await page.getByRole('button', { name: `Export ${CURVES}` }).click();
  await page.getByRole('group', { name: `Export ${CURVES}` }).getByRole('button', { name: 'Download PNG (2×)' }).click();
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText(/The PNG of Loss curves of Huber.* could not be made \(the browser did not encode the PNG\)/);
  // The chart still answers, and another format still downloads.
  await lossChart(page).focus();
  await page.keyboard.press('End');
  await expect(lossChart(page)).toHaveAttribute('aria-valuenow', '4');
  const svg = await exportFile(page, CURVES, 'Download SVG');
  expect(svg.name).toMatch(/\.svg$/);
});

test('when the export code cannot be fetched, a notice says so and the chart keeps working', async ({ page }) => {
  await page.route(/\/assets\/runExport-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(EXPLORER);
  await page.getByRole('button', { name: `Export ${CURVES}` }).click();
  await page.getByRole('group', { name: `Export ${CURVES}` }).getByRole('button', { name: 'Download SVG' }).click();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(/The SVG of Loss curves of Huber.* could not be made \(the export code could not be fetched/);
  await lossChart(page).focus();
  await page.keyboard.press('Home');
  await expect(lossChart(page)).toHaveAttribute('aria-valuenow', '-4');
});
