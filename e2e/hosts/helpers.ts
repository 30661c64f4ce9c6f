import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { getLoss } from '../../src/math/losses';
import { expect, parseReadout } from '../fixtures';

/** The app's origin (the element's module) and the host pages' origin: the next port. */
const APP_PORT = Number(process.env.E2E_PORT ?? 4317);
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOSTS = `http://127.0.0.1:${APP_PORT + 1}`;

/** Every URL the page and its frames request, in order (a URL twice means it was fetched twice). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  // The context's events: a sandboxed frame runs in a process of its own, whose requests the page's miss.
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests for the element's code: its module and chunks under the app's /embed/. */
export const embedRequests = (urls: readonly string[]) => urls.filter((u) => u.startsWith(`${APP}/embed/`));

/** tfjs or KaTeX (its code, stylesheet or fonts). */
export const heavy = (urls: readonly string[]) => urls.filter((u) => /tfjs|tensorflow|katex/i.test(u));

/** The figure's curves are drawn: SVG paths with path data, one per loss at least. */
export async function expectCurves(figure: Locator, losses: number) {
  const curves = figure.locator('[data-panel="value"] path.curve');
  await expect(curves).toHaveCount(losses);
  for (const c of await curves.all()) await expect(c).toHaveAttribute('d', /^M[\d.-]+,[\d.-]+L/);
}

/** The readout's value cell of a loss, as a number. */
export async function readoutValue(figure: Locator, title: string): Promise<number> {
  return parseReadout(await figure.getByRole('row', { name: new RegExp(`^${title}\\b`) }).getByRole('cell').first().textContent());
}

/** The cursor's x in the readout. */
export async function cursorX(figure: Locator): Promise<number> {
  return parseReadout(await figure.getByLabel('cursor position').textContent());
}

/**
 * Moves the `delta` slider of a Huber figure one step right by keyboard and checks that the readout
 * then shows src/math's Huber value at the cursor for the new δ. Returns the new δ.
 */
export async function stepHuberDelta(figure: Locator): Promise<number> {
  const slider = figure.getByRole('slider', { name: 'delta' });
  const before = Number(await slider.inputValue());
  await slider.focus();
  await slider.press('ArrowRight');
  const step = getLoss('huber')!.params.find((p) => p.name === 'delta')!.step;
  await expect(slider).toHaveValue(String(Number((before + step).toFixed(2))));
  const delta = Number(await slider.inputValue());
  const huber = getLoss('huber')!.profiles[0]!;
  await expect(async () => {
    const x = await cursorX(figure);
    expect(await readoutValue(figure, 'Huber')).toBeCloseTo(huber.value(x, { delta }), 5);
  }).toPass();
  return delta;
}

/** axe finds nothing serious or critical on the page, shadow roots and frames included. */
export async function expectAxeClean(page: Page) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
