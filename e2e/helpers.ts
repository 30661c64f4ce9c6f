import type { Locator, Page } from '@playwright/test';
import { decodeView } from '../app/state/urlCodec';
import type { ViewState } from '../app/state/view';
import { getLoss } from '../src/math/losses';
import { expect, parseReadout } from './fixtures';

/** The view the address bar describes right now (the app keeps it in step). */
export function viewFromUrl(page: Page): ViewState {
  return decodeView(new URL(page.url()).search).state;
}

/** Waits until the address bar has caught up with a change (it is throttled while dragging). */
export async function urlSettles(page: Page, pattern: RegExp) {
  await expect.poll(() => decodeURIComponent(page.url())).toMatch(pattern);
}

/**
 * Stops the page's clock (Playwright's, installed before the page loaded): from here no timer and no
 * animation frame of the page runs until the test moves the clock on. A formula is typeset again once
 * its numbers have rested a while; a busy machine can take longer than that between two input events,
 * so a test of what a drag shows before the rest stops the clock rather than race it.
 */
export async function stopPageClock(page: Page): Promise<void> {
  // pauseAt only moves forward: a moment just ahead of the page's own clock.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Moves a range input as a drag does: its value set and an input event, with no key or pointer. */
export async function dragSliderTo(slider: Locator, value: string): Promise<void> {
  await slider.evaluate((el: HTMLInputElement, v: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The loss chart: a slider-like widget that moves the cursor. */
export function lossChart(page: Page) {
  return page.getByRole('slider', { name: /^Loss curves of .*: cursor/ });
}

/** The canvas a chart panel draws its curves on; `data-series` lists them in drawing order. */
export function curveCanvas(panel: Locator) {
  return panel.locator('canvas.curve-canvas');
}

/** The canvas's picture as a PNG data URL, to tell whether a change redrew it. */
export async function canvasImage(canvas: Locator): Promise<string> {
  return canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
}

/**
 * How many opaque pixels of the canvas have each colour (#rrggbb, within a small distance): the
 * canvas is transparent but for the strokes, so a stroke's pixels carry its colour even where they
 * are antialiased, except where two curves cross.
 */
export async function colourPixels(canvas: Locator, colours: readonly string[]): Promise<number[]> {
  return canvas.evaluate((c: HTMLCanvasElement, hex: readonly string[]) => {
    const rgb = hex.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const counts = rgb.map(() => 0);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 128) continue;
      rgb.forEach(([r, g, b], k) => {
        if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 40) counts[k]!++;
      });
    }
    return counts;
  }, colours);
}

/** Readout rows as numbers, by loss title. */
export async function readout(page: Page): Promise<{ x: number; rows: Map<string, number[]> }> {
  const x = parseReadout(await page.getByRole('status', { name: 'cursor position' }).textContent());
  const rows = new Map<string, number[]>();
  for (const row of await page.getByRole('table').filter({ has: page.getByRole('status', { name: 'cursor position' }) }).locator('tbody tr').all()) {
    const title = (await row.getByRole('rowheader').textContent())!.trim();
    const cells = await row.getByRole('cell').allTextContents();
    rows.set(title, cells.map((c) => (c.trim().startsWith('—') ? NaN : parseReadout(c))));
  }
  return { x, rows };
}

/**
 * Checks every readout row against src/math at the view in the address bar: value and derivative
 * of each drawn loss's profile at the cursor, to the 6 significant digits the readout shows.
 */
export async function expectReadoutMatchesMath(page: Page) {
  // The address bar is updated at most every 200 ms while controls move: retry until it has caught up.
  await expect(() => readoutMatches(page)).toPass({ timeout: 20_000 });
}

async function readoutMatches(page: Page) {
  const v = viewFromUrl(page);
  const { x, rows } = await readout(page);
  expect(x).toBeCloseTo(v.cursorX, 3);
  for (const id of v.ids) {
    const spec = getLoss(id)!;
    const prof = spec.profiles.find((p) => p.axis === v.axis)!;
    const got = rows.get(spec.title);
    expect(got, `readout row for ${spec.title}`).toBeDefined();
    const params = v.values[id]!;
    const want = [prof.value(x, params), prof.derivative(x, params)];
    for (const [k, w] of want.entries()) {
      if (w === Infinity || w === -Infinity) {
        expect(got![k], `${spec.title} ${k === 0 ? 'value' : 'derivative'} at ${x}`).toBe(w);
        continue;
      }
      const tol = 5e-6 * Math.max(1e-3, Math.abs(w));
      expect(Math.abs(got![k]! - w), `${spec.title} ${k === 0 ? 'value' : 'derivative'} at ${x}`).toBeLessThanOrEqual(tol);
    }
  }
}
