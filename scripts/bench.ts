/**
 * npm run bench — speed figures in headless Chromium against the production build, all in one run.
 * Prints medians, p95 and ratios; writes the same records to bench-results.json (git-ignored).
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { sliderToPaintPhases, sliderToSurfacePaint, splitPhases, summarize, type FramePhases, type Timing } from './bench/frame';

const PORT = 4319;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/**
 * Slider steps taken after a page loads before the clock counts (BENCH_WARMUP). The first steps of a
 * fresh page run code the JIT has not compiled yet and do first-drag work once (formula numbers are
 * boxed on their first rewrite); they are timed too, and reported beside the figure, not in it.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
/** BENCH_ONLY=explorer,surface-frame,surface-field runs a subset; the calibration page always runs. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (section: string) => !ONLY || ONLY.includes(section);

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

const results: Timing[] = [];

/** A slider timing with the median of each phase of the frame (FramePhases) alongside. */
function withPhases(name: string, p: FramePhases, extra: Record<string, unknown> = {}): Timing {
  const median = (xs: number[]) => summarize('', xs).median_ms;
  return summarize(name, p.total, {
    ...extra,
    phases_median_ms: { script: median(p.script), to_frame: median(p.toFrame), frame: median(p.frame) },
  });
}
/** withPhases over the steps after the warm-up; the warm-up's own median and p95 ride along. */
async function sliderTiming(name: string, page: Page, slider: string, extra: Record<string, unknown> = {}): Promise<Timing> {
  const { first, rest } = splitPhases(await sliderToPaintPhases(page, slider, WARMUP + RUNS), WARMUP);
  const cold = summarize('', first.total);
  return withPhases(name, rest, {
    ...extra,
    warmup_steps: WARMUP,
    first_steps: { median_ms: cold.median_ms, p95_ms: cold.p95_ms, runs: cold.runs },
  });
}
const surfaceRows: { g: number; n: number; fused: number; cpu: number; stock: number }[] = [];
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

    await page.goto(`${BASE}/bench/calibration.html`);
    results.push(await sliderTiming('calibration: echo slider', page, '#s'));

    if (wanted('explorer')) {
      // 1280×900: the chart in view, the formulas just below it (rendered, within the browser's look-ahead);
      // 1280×1400: the chart and the Huber formula card both on screen, so their repaint is in the figure.
      for (const height of [900, 1400]) {
        await page.setViewportSize({ width: 1280, height });
        const explorer = '/?v=1&loss=huber,mse,mae,log_cosh&axis=residual&delta=1&x=-4,4&at=2&panels=loss,d';
        await page.goto(BASE + explorer);
        await page.locator('.katex').first().waitFor();
        const canvas = page.locator('[data-panel="value"] canvas.curve-canvas');
        const samples = Math.min(...(await canvas.getAttribute('data-samples'))!.split(' ').map(Number));
        const curves = (await canvas.getAttribute('data-series'))!.split(' ').length;
        const formulaInView = await page.getByRole('figure', { name: 'Huber' }).evaluate((el) => el.getBoundingClientRect().top < innerHeight);
        const slider = await page.getByRole('slider', { name: /delta/ }).evaluate((el) => `#${CSS.escape(el.id)}`);
        results.push(
          await sliderTiming(
            `explorer 1280×${height}: delta slider → painted frame (4 curves, derivative panel, formulas${formulaInView ? ' in view' : ' below'})`,
            page,
            slider,
            { curves, points_per_curve: samples, viewport: [1280, height], formula_in_view: formulaInView },
          ),
        );
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    if (wanted('surface-frame')) {
      // The surface view: N = 200 points, one loss, λ dragged. Frames while dragging use the coarse grid.
      await page.goto(`${BASE}/?view=surface&model=binary&data=bin-overlap&n=200&loss=hinge&reg=l2&lam=0.01`);
      const badge = page.getByRole('status', { name: 'Surface backend' });
      await badge.getByText(/WebGL|CPU/).first().waitFor({ timeout: 60_000 });
      const backend = (await badge.textContent())?.includes('WebGL') ? 'webgl' : 'cpu';
      const lam = await page.getByRole('slider', { name: /lambda/ }).evaluate((el) => `#${CSS.escape(el.id)}`);
      results.push(
        summarize(`surface: λ slider → painted surface (N=200, hinge, ${backend})`, await sliderToSurfacePaint(page, lam, '.backend-badge', Math.min(RUNS, 100)), {
          backend,
          n: 200,
        }),
      );
    }

    if (wanted('surface-field')) {
      // Surface kernels: value + gradient field through (a) the fused WebGL program, (b) the float64
      // CPU path, (c) stock tfjs ops, at (64, 200), (128, 1000), (256, 1000), in the page, one run.
      await page.goto(`${BASE}/?view=gpu-check`);
      await page.getByRole('button', { name: 'Benchmark surfaces' }).click();
      const table = page.getByRole('table', { name: 'Surface timings (ms)' });
      await table.waitFor({ timeout: 300_000 });
      for (const row of await table.locator('tbody tr').all()) {
        const [gn, ...cells] = [await row.getByRole('rowheader').textContent(), ...(await row.getByRole('cell').allTextContents())];
        const [g, n] = gn!.split(',').map((t) => Number(t.trim()));
        const [, fused, cpu, stock] = cells.map(Number);
        for (const [path, ms] of [['webgl-fused', fused], ['cpu-float64', cpu], ['tfjs-stock-ops', stock]] as const) {
          results.push({ name: `surface field (hinge): ${path} G=${g} N=${n}`, median_ms: ms!, p95_ms: NaN, runs: 0, path, g, n });
        }
        surfaceRows.push({ g: g!, n: n!, fused: fused!, cpu: cpu!, stock: stock! });
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  try {
    process.kill(-server.pid!);
  } catch {
    server.kill();
  }
}

const cal = results[0]!;
console.log(`\n${'benchmark'.padEnd(100)} ${'median'.padStart(8)} ${'p95'.padStart(8)}  ratio to calibration`);
for (const r of results.filter((x) => x.runs > 0)) {
  console.log(
    `${r.name.padEnd(100)} ${r.median_ms.toFixed(2).padStart(6)}ms ${r.p95_ms.toFixed(2).padStart(6)}ms  ×${(r.median_ms / cal.median_ms).toFixed(1)}`,
  );
  const ph = r.phases_median_ms as { script: number; to_frame: number; frame: number } | undefined;
  if (ph) console.log(`    medians: handlers ${ph.script.toFixed(2)} ms, waiting for the frame ${ph.to_frame.toFixed(2)} ms, the frame ${ph.frame.toFixed(2)} ms`);
  const cold = r.first_steps as { median_ms: number; p95_ms: number; runs: number } | undefined;
  if (cold && cold.runs > 0) console.log(`    the ${cold.runs} steps before them, first after the page loaded: median ${cold.median_ms.toFixed(2)} ms, p95 ${cold.p95_ms.toFixed(2)} ms`);
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
