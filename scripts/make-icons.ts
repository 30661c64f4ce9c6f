/**
 * npx tsx scripts/make-icons.ts — draws the app's icons (public/icons/*.png, named in the web app manifest) from the
 * SVG below, rendered once by Debian's Chromium. Run it again after changing the drawing; the PNGs
 * are committed, so a build never needs a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';

const NAVY = '#1d3557';
const GOLD = '#f1c453';

/**
 * The favicon's drawing (a loss curve over a navy square) on a 512-unit canvas. `inset` is the share
 * of each side left as margin around the curve: a maskable icon keeps its drawing inside the central
 * circle of 80% diameter that every mask shape leaves visible, and fills the whole square (no corners).
 */
function iconSvg({ maskable }: { readonly maskable: boolean }): string {
  const inset = maskable ? 0.2 : 0.1;
  const lo = 512 * inset;
  const hi = 512 - lo;
  const mid = 256;
  const span = hi - lo;
  const axis = `M${lo} ${hi - span * 0.06} H${hi}`;
  // A parabola-like curve whose minimum sits low in the square, as a loss around its optimum.
  const curve = `M${lo + span * 0.04} ${lo + span * 0.02} Q${mid} ${hi + span * 0.62} ${hi - span * 0.04} ${lo + span * 0.02}`;
  const corner = maskable ? 0 : 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" rx="${corner}" fill="${NAVY}"/>
  <path d="${axis}" stroke="#a8b8cc" stroke-width="${span * 0.025}" stroke-linecap="round"/>
  <path d="${curve}" fill="none" stroke="${GOLD}" stroke-width="${span * 0.09}" stroke-linecap="round"/>
  <circle cx="${mid}" cy="${hi - span * 0.06 - span * 0.09}" r="${span * 0.07}" fill="#ffffff"/>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-192.png', size: 192, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const;

const outDir = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = iconSvg({ maskable }).replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    writeFileSync(`${outDir}${file}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    console.log(`wrote public/icons/${file}`);
  }
} finally {
  await browser.close();
}
