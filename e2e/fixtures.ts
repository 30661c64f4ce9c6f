import { registerAll } from '../src/math/losses/all';
import { test as base, chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';


// The suite's own math (readouts, links) needs every loss, not only the first load's.
registerAll();
/** A test whose page fails on any uncaught page error or console error it did not expect. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The number in a readout cell, e.g. "1.35" → 1.35. */
export function parseReadout(text: string | null): number {
  const t = (text ?? '').trim();
  if (t === '∞' || t === '−∞') return t === '∞' ? Infinity : -Infinity;
  const v = Number(t);
  if (!Number.isFinite(v)) throw new Error(`readout "${text}" is not a number`);
  return v;
}

/**
 * Runs `body` in a Chromium started with no software rasteriser, hence no WebGL at all, and fails on
 * any uncaught page error. (Playwright refuses launchOptions inside a describe, so this launches its own.)
 */
export async function withoutWebgl(baseURL: string | undefined, body: (page: Page) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-software-rasterizer'] });
  try {
    // Blocked as in playwright.config.ts: requests a service worker serves would bypass page.route.
    const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await body(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  } finally {
    await browser.close();
  }
}
