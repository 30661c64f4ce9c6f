import type { Page } from '@playwright/test';

export interface Timing {
  readonly name: string;
  readonly median_ms: number;
  readonly p95_ms: number;
  readonly runs: number;
  readonly [extra: string]: unknown;
}

/** Median and 95th percentile of a sample (nearest rank). */
export function summarize(name: string, ms: readonly number[], extra: Record<string, unknown> = {}): Timing {
  const s = ms.toSorted((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { name, median_ms: at(0.5), p95_ms: at(0.95), runs: s.length, ...extra };
}

/** Where the time of one slider → painted frame went, per sample (ms). */
export interface FramePhases {
  /** Slider input to painted frame: the benchmark figure. */
  readonly total: number[];
  /** Running the input's handlers and what they flush (React's render and commit). */
  readonly script: number[];
  /** From there to the frame's animation callbacks (the browser is busy or waits for the previous frame). */
  readonly toFrame: number[];
  /** The frame itself: style, layout, paint and commit, until a task after it can run. */
  readonly frame: number[];
}

/** The first `n` samples of each phase, and the rest. */
export function splitPhases(p: FramePhases, n: number): { first: FramePhases; rest: FramePhases } {
  const cut = (from: number, to?: number): FramePhases => ({
    total: p.total.slice(from, to),
    script: p.script.slice(from, to),
    toFrame: p.toFrame.slice(from, to),
    frame: p.frame.slice(from, to),
  });
  return { first: cut(0, n), rest: cut(n) };
}

/**
 * Slider → next painted frame, measured inside the page: set the range input's value, fire
 * `input` as a user's drag does, and stop the clock in a task queued from the next animation
 * frame, which runs once that frame has been painted. Also says where the time went.
 */
export async function sliderToPaintPhases(page: Page, sliderSelector: string, runs: number): Promise<FramePhases> {
  // Sent as source text: tsx would otherwise wrap named functions in a helper the page lacks.
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(sliderSelector)}, ${runs})`) as Promise<FramePhases>;
}

const IN_PAGE = `async function (sel, n) {
  const el = document.querySelector(sel);
  if (!el) throw new Error('no slider ' + sel);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const lo = Number(el.min);
  const hi = Number(el.max);
  const step = Number(el.step) || (hi - lo) / 100;
  // Resolves with [animation frame start, painted]: the second in a task queued from the frame.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const frame = performance.now();
    const ch = new MessageChannel();
    ch.port1.addEventListener('message', () => resolve([frame, performance.now()]));
    ch.port1.start();
    ch.port2.postMessage(0);
  }));
  const out = { total: [], script: [], toFrame: [], frame: [] };
  await painted();
  for (let i = 0; i < n; i++) {
    // Sweep back and forth (1…20…1 steps up) so every input changes the value, and so the picture.
    const t = i % 38;
    const v = lo + step * (t <= 19 ? t + 1 : 39 - t);
    const t0 = performance.now();
    setter.call(el, String(v));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    const next = painted();
    // Microtasks queued by the handlers (a framework's flush) run before this continuation.
    await Promise.resolve();
    const t1 = performance.now();
    const [frame, end] = await next;
    out.total.push(end - t0);
    out.script.push(t1 - t0);
    out.toFrame.push(frame - t1);
    out.frame.push(end - frame);
  }
  return out;
}`;

/**
 * Slider → the frame that shows the recomputed surface: like sliderToPaintPhases, but the clock stops
 * only after the surface view reports a new result (its backend badge changes) and that frame
 * has been painted. Surfaces are computed asynchronously (GPU or worker), so this is the latency
 * a person dragging the slider sees.
 */
export async function sliderToSurfacePaint(page: Page, sliderSelector: string, badgeSelector: string, runs: number): Promise<number[]> {
  return page.evaluate(`(${IN_PAGE_SURFACE})(${JSON.stringify(sliderSelector)}, ${JSON.stringify(badgeSelector)}, ${runs})`) as Promise<number[]>;
}

const IN_PAGE_SURFACE = `async function (sel, badgeSel, n) {
  const el = document.querySelector(sel);
  const badge = document.querySelector(badgeSel);
  if (!el || !badge) throw new Error('no slider or badge');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const lo = Number(el.min);
  const step = Number(el.step) || 0.01;
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.addEventListener('message', () => resolve(performance.now()));
    ch.port1.start();
    ch.port2.postMessage(0);
  }));
  const changed = () => new Promise((resolve) => {
    const mo = new MutationObserver(() => { mo.disconnect(); clearTimeout(t); resolve(true); });
    // data-frames counts computed surfaces: it changes even when the badge's words do not.
    mo.observe(badge, { attributes: true, attributeFilter: ['data-frames'] });
    const t = setTimeout(() => { mo.disconnect(); resolve(false); }, 5000);
  });
  const out = [];
  await painted();
  for (let i = 0; i < n; i++) {
    const t = i % 38;
    const v = lo + step * 20 * (t <= 19 ? t + 1 : 39 - t);
    const wait = changed();
    const t0 = performance.now();
    setter.call(el, String(v));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    if (!(await wait)) throw new Error('the surface did not update within 5 s');
    out.push((await painted()) - t0);
  }
  return out;
}`;
