/**
 * npx tsx scripts/present-screenshots.ts [base url] [out dir] [width] [height] [theme]
 * Captures presenter mode at a projector's size in Debian's Chromium: the explorer, the surface view
 * and a lesson step (docs/present-*.png). The theme is the system one the browser reports; presenter
 * mode is light whatever it is.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';

const [base = 'http://127.0.0.1:4173/', dir = 'docs', width = '1024', height = '768', theme = 'dark'] = process.argv.slice(2);
const SHOTS = [
  { name: 'explorer', path: '?present=1', ready: '.katex, [data-panel="derivative"]' },
  { name: 'surface', path: '?view=surface&present=1', ready: '.surface-card canvas' },
  { name: 'lesson', path: '?view=lesson&id=saturation&step=2&present=1', ready: '.lesson-figure svg' },
] as const;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
  for (const s of SHOTS) {
    await page.goto(new URL(s.path, base).href);
    await page.locator(s.ready).first().waitFor();
    // The rest of the view (sliders, readout) arrives a frame or two after the figure.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
    const out = `${dir}/present-${s.name}.png`;
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
