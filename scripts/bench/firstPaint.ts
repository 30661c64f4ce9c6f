import type { Browser } from '@playwright/test';

/** One page load as the first-paint section sees it (ms from navigation start). */
export interface LoadPaint {
  readonly fcp: number;
  readonly lcp: number;
  /** The longest main-thread task that began before first contentful paint; 0 when none passed 50 ms. */
  readonly longestTaskBeforeFcp: number;
  /** Every long task (over 50 ms) that began before first contentful paint: [start, duration]. */
  readonly longTasksBeforeFcp: readonly (readonly [number, number])[];
}

// Installed before any of the page's own scripts, so no long task or paint is missed.
const OBSERVE = `(() => {
  const seen = { fcp: NaN, lcp: NaN, tasks: [] };
  window.__firstPaint = seen;
  const on = (type, f) => { try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe({ type, buffered: true }); } catch {} };
  on('paint', (e) => { if (e.name === 'first-contentful-paint') seen.fcp = e.startTime; });
  on('largest-contentful-paint', (e) => { seen.lcp = e.startTime; });
  on('longtask', (e) => { seen.tasks.push([e.startTime, e.duration]); });
})()`;

/**
 * Loads `url` in a fresh context (nothing cached), waits until `ready` (a selector) is in the page
 * and the main thread is quiet, and reads the first paint, the largest contentful paint and the
 * long tasks before the first paint.
 */
export async function measureLoad(browser: Browser, url: string, ready: string, viewport = { width: 1280, height: 900 }): Promise<LoadPaint> {
  // No service worker, as on a first visit; it registers only after the load anyway.
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    // Two quiet animation frames and a task after them: the LCP candidate and late long tasks are in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const seen = (await page.evaluate('window.__firstPaint')) as { fcp: number; lcp: number; tasks: [number, number][] };
    const before = seen.tasks.filter(([start]) => start < seen.fcp);
    return {
      fcp: seen.fcp,
      lcp: seen.lcp,
      longestTaskBeforeFcp: Math.max(0, ...before.map(([, d]) => d)),
      longTasksBeforeFcp: before,
    };
  } finally {
    await context.close();
  }
}

/**
 * A static page of exactly `bytes` bytes (UTF-8) with a heading and a paragraph and no script: the
 * floor for first paint when a page of the first load's size arrives the same way. The bytes beyond
 * the text are an HTML comment, which the parser skips over without building anything.
 */
export function calibrationPage(bytes: number): string {
  const head = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Loss Atlas bench: first-paint calibration</title></head>
  <body>
    <h1>First-paint calibration</h1>
    <p>A static page as large as the app's first load (its HTML, scripts and styles together), loaded the same way.</p>
    <!--`;
  const tail = `-->
  </body>
</html>
`;
  const pad = Math.max(0, bytes - Buffer.byteLength(head + tail));
  return head + 'x'.repeat(pad) + tail;
}

/** The first-paint figures of a sample of loads: medians, and the worst long task before a first paint. */
export function summarizeLoads(loads: readonly LoadPaint[]) {
  const median = (xs: number[]) => {
    const s = xs.toSorted((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return {
    runs: loads.length,
    fcp_median_ms: median(loads.map((l) => l.fcp)),
    lcp_median_ms: median(loads.map((l) => l.lcp)),
    longest_task_before_fcp_median_ms: median(loads.map((l) => l.longestTaskBeforeFcp)),
    longest_task_before_fcp_max_ms: Math.max(...loads.map((l) => l.longestTaskBeforeFcp)),
    loads_with_a_long_task_before_fcp: loads.filter((l) => l.longestTaskBeforeFcp > 0).length,
  };
}
