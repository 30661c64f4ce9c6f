/**
 * npm run bench — speed figures in headless Chromium against the production build, all in one run.
 * Prints medians, p95 and ratios; writes the same records to bench-results.json (git-ignored).
 *
 * BENCH_ONLY=first-paint,explorer,surface-frame,surface-field runs a subset (the slider calibration
 * page runs with any slider section). BENCH_AB=/path/to/other/dist measures the slider sections and
 * first paint on this build (A) and that build (B) in the same browser, alternating page loads, and
 * prints both and their ratio.
 */
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { alternate, type Build } from './bench/ab';
import { calibrationPage, measureLoad, summarizeLoads, type LoadPaint } from './bench/firstPaint';
import { sliderToPaintPhases, sliderToSurfacePaint, splitPhases, summarize, type FramePhases, type Timing } from './bench/frame';
import { serveFolder, type Served } from './bench/serve';
import { firstLoadBytes } from './size/firstLoad';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/**
 * Slider steps taken after a page loads before the clock counts (BENCH_WARMUP). The first steps of a
 * fresh page run code the JIT has not compiled yet and do first-drag work once (formula numbers are
 * boxed on their first rewrite); they are timed too, and reported beside the figure, not in it.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
/** Page loads of each build in a first-paint sample. */
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** With BENCH_AB, each slider figure is taken over this many page loads per build, alternating A and B. */
const AB_ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (section: string) => !ONLY || ONLY.includes(section);
const sliders = ['explorer', 'surface-frame'].some(wanted);

const other = process.env.BENCH_AB ? resolve(process.env.BENCH_AB) : undefined;
if (other && !existsSync(join(other, 'index.html'))) {
  console.error(`bench: BENCH_AB=${other} holds no index.html; build the other checkout there first`);
  process.exit(2);
}

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const dist = new URL('../dist/', import.meta.url).pathname;

// The calibration pages are the bench's own, served beside the builds, never part of dist.
const calibrationDir = mkdtempSync(join(tmpdir(), 'loss-atlas-bench-'));
copyFileSync(new URL('./bench/calibration.html', import.meta.url), join(calibrationDir, 'calibration.html'));
const firstLoad = firstLoadBytes(dist);
writeFileSync(join(calibrationDir, 'first-paint.html'), calibrationPage(firstLoad));

const results: Timing[] = [];
const servers: Served[] = [];
const serve = async (root: string) => {
  const s = await serveFolder(root);
  servers.push(s);
  return s.base;
};

/** A slider timing with the median of each phase of the frame (FramePhases) alongside. */
function withPhases(name: string, p: FramePhases, extra: Record<string, unknown> = {}): Timing {
  const median = (xs: number[]) => summarize('', xs).median_ms;
  return summarize(name, p.total, {
    ...extra,
    phases_median_ms: { script: median(p.script), to_frame: median(p.toFrame), frame: median(p.frame) },
  });
}
const joinPhases = (ps: readonly FramePhases[]): FramePhases => ({
  total: ps.flatMap((p) => p.total),
  script: ps.flatMap((p) => p.script),
  toFrame: ps.flatMap((p) => p.toFrame),
  frame: ps.flatMap((p) => p.frame),
});
/** Slider steps on an open page: the ones after the warm-up, and the warm-up's own. */
async function sliderSteps(page: Page, slider: string, steps: number) {
  return splitPhases(await sliderToPaintPhases(page, slider, WARMUP + steps), WARMUP);
}
/** withPhases over the counted steps, with the warm-up steps' median and p95 beside it. */
function sliderTiming(name: string, runs: { first: FramePhases; rest: FramePhases }[], extra: Record<string, unknown> = {}): Timing {
  const cold = summarize('', joinPhases(runs.map((r) => r.first)).total);
  return withPhases(name, joinPhases(runs.map((r) => r.rest)), {
    ...extra,
    warmup_steps: WARMUP,
    page_loads: runs.length,
    first_steps: { median_ms: cold.median_ms, p95_ms: cold.p95_ms, runs: cold.runs },
  });
}

const EXPLORER = '/?v=1&loss=huber,mse,mae,log_cosh&axis=residual&delta=1&x=-4,4&at=2&panels=loss,d';
/** Opens the explorer's bench view and says what is on it. */
async function openExplorer(page: Page, base: string) {
  await page.goto(base + EXPLORER);
  await page.locator('.katex').first().waitFor();
  const canvas = page.locator('[data-panel="value"] canvas.curve-canvas');
  const samples = Math.min(...(await canvas.getAttribute('data-samples'))!.split(' ').map(Number));
  const curves = (await canvas.getAttribute('data-series'))!.split(' ').length;
  const formulaInView = await page.getByRole('figure', { name: 'Huber' }).evaluate((el) => el.getBoundingClientRect().top < innerHeight);
  const slider = await page.getByRole('slider', { name: /delta/ }).evaluate((el) => `#${CSS.escape(el.id)}`);
  return { slider, curves, samples, formulaInView };
}

const SURFACE = '/?view=surface&model=binary&data=bin-overlap&n=200&loss=hinge&reg=l2&lam=0.01';
async function openSurface(page: Page, base: string) {
  await page.goto(base + SURFACE);
  const badge = page.getByRole('status', { name: 'Surface backend' });
  await badge.getByText(/WebGL|CPU/).first().waitFor({ timeout: 60_000 });
  const backend = (await badge.textContent())?.includes('WebGL') ? 'webgl' : 'cpu';
  const lam = await page.getByRole('slider', { name: /lambda/ }).evaluate((el) => `#${CSS.escape(el.id)}`);
  return { backend, lam };
}

const surfaceRows: { g: number; n: number; fused: number; cpu: number; stock: number }[] = [];
const paintRows: { name: string; summary: ReturnType<typeof summarizeLoads> }[] = [];
/** Pairs of A/B records, printed side by side. */
const abPairs: [Timing, Timing][] = [];

try {
  const builds: Build[] = [{ label: 'A', what: 'this checkout', base: await serve(dist) }];
  if (other) builds.push({ label: 'B', what: other, base: await serve(other) });
  const ab = builds.length > 1;
  const tag = (b: Build) => (ab ? ` [${b.label}: ${b.what}]` : '');
  const calibration = await serve(calibrationDir);

  if (wanted('first-paint')) {
    // A browser as a person's: frame rate capped, a fresh context (nothing cached) for every load,
    // the builds and the same-size static page loaded in turn.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const targets = [
        ...builds.map((b) => ({ name: `first paint: the explorer${tag(b)}`, url: `${b.base}/`, ready: '.katex' })),
        { name: `first paint: static page of the same ${(firstLoad / 1024).toFixed(0)} KB (calibration)`, url: `${calibration}/first-paint.html`, ready: 'p' },
      ];
      const loads: LoadPaint[][] = targets.map(() => []);
      for (let i = 0; i < LOADS; i++) {
        for (const k of alternate(targets.length, i)) loads[k]!.push(await measureLoad(browser, targets[k]!.url, targets[k]!.ready));
      }
      targets.forEach((t, k) => {
        const summary = summarizeLoads(loads[k]!);
        paintRows.push({ name: t.name, summary });
        results.push({ name: t.name, section: 'first-paint', median_ms: summary.fcp_median_ms, p95_ms: NaN, ...summary, first_load_bytes: firstLoad });
      });
    } finally {
      await browser.close();
    }
  }

  if (sliders || wanted('surface-field')) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    });
    try {
      // No service worker: its precaching would run beside the measurements, and later loads would come from its cache.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      if (sliders) {
        await page.goto(`${calibration}/calibration.html`);
        results.push(sliderTiming('calibration: echo slider', [await sliderSteps(page, '#s', RUNS)], { section: 'slider' }));
      }

      if (wanted('explorer')) {
        // 1280×900: the chart in view, the formulas just below it (rendered, within the browser's look-ahead);
        // 1280×1400: the chart and the Huber formula card both on screen, so their repaint is in the figure.
        for (const height of [900, 1400]) {
          await page.setViewportSize({ width: 1280, height });
          const runs = builds.map(() => [] as { first: FramePhases; rest: FramePhases }[]);
          let seen: Awaited<ReturnType<typeof openExplorer>> | undefined;
          const rounds = ab ? AB_ROUNDS : 1;
          for (let r = 0; r < rounds; r++) {
            for (const k of alternate(builds.length, r)) {
              seen = await openExplorer(page, builds[k]!.base);
              runs[k]!.push(await sliderSteps(page, seen.slider, Math.ceil(RUNS / rounds)));
            }
          }
          const { curves, samples, formulaInView } = seen!;
          const timings = builds.map((b, k) =>
            sliderTiming(
              `explorer 1280×${height}: delta slider → painted frame (4 curves, derivative panel, formulas${formulaInView ? ' in view' : ' below'})${tag(b)}`,
              runs[k]!,
              { section: 'slider', build: b.label, curves, points_per_curve: samples, viewport: [1280, height], formula_in_view: formulaInView },
            ),
          );
          results.push(...timings);
          if (ab) abPairs.push([timings[0]!, timings[1]!]);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      }

      if (wanted('surface-frame')) {
        // The surface view: N = 200 points, one loss, λ dragged. Frames while dragging use the coarse grid.
        const samples = builds.map(() => [] as number[]);
        let backend = '';
        const rounds = ab ? AB_ROUNDS : 1;
        for (let r = 0; r < rounds; r++) {
          for (const k of alternate(builds.length, r)) {
            const opened = await openSurface(page, builds[k]!.base);
            backend = opened.backend;
            samples[k]!.push(...(await sliderToSurfacePaint(page, opened.lam, '.backend-badge', Math.ceil(Math.min(RUNS, 100) / rounds))));
          }
        }
        const timings = builds.map((b, k) =>
          summarize(`surface: λ slider → painted surface (N=200, hinge, ${backend})${tag(b)}`, samples[k]!, { section: 'slider', build: b.label, backend, n: 200 }),
        );
        results.push(...timings);
        if (ab) abPairs.push([timings[0]!, timings[1]!]);
      }

      if (wanted('surface-field')) {
        // Surface kernels: value + gradient field through (a) the fused WebGL program, (b) the float64
        // CPU path, (c) stock tfjs ops, at (64, 200), (128, 1000), (256, 1000), in the page, one run.
        await page.goto(`${builds[0]!.base}/?view=gpu-check`);
        await page.getByRole('button', { name: 'Benchmark surfaces' }).click();
        const table = page.getByRole('table', { name: 'Surface timings (ms)' });
        await table.waitFor({ timeout: 300_000 });
        for (const row of await table.locator('tbody tr').all()) {
          const [gn, ...cells] = [await row.getByRole('rowheader').textContent(), ...(await row.getByRole('cell').allTextContents())];
          const [g, n] = gn!.split(',').map((t) => Number(t.trim()));
          const [, fused, cpu, stock] = cells.map(Number);
          for (const [path, ms] of [['webgl-fused', fused], ['cpu-float64', cpu], ['tfjs-stock-ops', stock]] as const) {
            results.push({ name: `surface field (hinge): ${path} G=${g} N=${n}`, section: 'surface-field', median_ms: ms!, p95_ms: NaN, runs: 0, path, g, n });
          }
          surfaceRows.push({ g: g!, n: n!, fused: fused!, cpu: cpu!, stock: stock! });
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}

const ms = (x: number) => `${x.toFixed(2).padStart(6)}ms`;
const slider = results.filter((r) => r.section === 'slider');
if (slider.length) {
  const cal = slider[0]!;
  console.log(`\n${'benchmark'.padEnd(100)} ${'median'.padStart(8)} ${'p95'.padStart(8)}  ratio to calibration`);
  for (const r of slider) {
    console.log(`${r.name.padEnd(100)} ${ms(r.median_ms)} ${ms(r.p95_ms)}  ×${(r.median_ms / cal.median_ms).toFixed(1)}`);
    const ph = r.phases_median_ms as { script: number; to_frame: number; frame: number } | undefined;
    if (ph) console.log(`    medians: handlers ${ph.script.toFixed(2)} ms, waiting for the frame ${ph.to_frame.toFixed(2)} ms, the frame ${ph.frame.toFixed(2)} ms`);
    const cold = r.first_steps as { median_ms: number; p95_ms: number; runs: number } | undefined;
    if (cold && cold.runs > 0) console.log(`    the ${cold.runs} steps before them, first after the page loaded: median ${cold.median_ms.toFixed(2)} ms, p95 ${cold.p95_ms.toFixed(2)} ms`);
  }
}
if (abPairs.length) {
  console.log(`\n${'A/B, alternating page loads in one browser'.padEnd(70)} ${'A median'.padStart(9)} ${'B median'.padStart(9)} ${'A p95'.padStart(9)} ${'B p95'.padStart(9)}  A/B median  A/B p95`);
  for (const [a, b] of abPairs) {
    console.log(
      `${a.name.replace(/ \[A: .*\]$/, '').slice(0, 70).padEnd(70)} ${ms(a.median_ms).padStart(9)} ${ms(b.median_ms).padStart(9)} ${ms(a.p95_ms).padStart(9)} ${ms(b.p95_ms).padStart(9)}  ×${(a.median_ms / b.median_ms).toFixed(3).padStart(9)}  ×${(a.p95_ms / b.p95_ms).toFixed(3)}`,
    );
  }
}
if (paintRows.length) {
  console.log(`\n${`first paint, median of ${LOADS} loads each (ms)`.padEnd(90)} ${'FCP'.padStart(7)} ${'LCP'.padStart(7)}  longest task before FCP (median, max; 0 = none over 50 ms)`);
  for (const { name, summary: s } of paintRows) {
    console.log(
      `${name.padEnd(90)} ${s.fcp_median_ms.toFixed(0).padStart(7)} ${s.lcp_median_ms.toFixed(0).padStart(7)}  ${s.longest_task_before_fcp_median_ms.toFixed(0)}, ${s.longest_task_before_fcp_max_ms.toFixed(0)} (${s.loads_with_a_long_task_before_fcp} of ${s.runs} loads had one)`,
    );
  }
}
if (surfaceRows.length) {
  console.log(`\n${'surface field, hinge (median ms)'.padEnd(36)} ${'WebGL fused'.padStart(12)} ${'CPU float64'.padStart(12)} ${'stock tfjs'.padStart(12)}  CPU/fused  stock/fused`);
  for (const r of surfaceRows) {
    console.log(
      `${`G=${r.g}, N=${r.n}`.padEnd(36)} ${r.fused.toFixed(1).padStart(12)} ${r.cpu.toFixed(1).padStart(12)} ${r.stock.toFixed(1).padStart(12)}  ×${(r.cpu / r.fused).toFixed(2).padStart(7)}  ×${(r.stock / r.fused).toFixed(1)}`,
    );
  }
}
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench-results.json');
