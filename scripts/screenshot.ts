/**
 * npm run screenshot -- [url] [out.png] [width] [theme]
 * Captures the built app in Debian's Chromium (used for the README's picture).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';

const [url = 'http://127.0.0.1:4173/', out = 'docs/screenshot.png', width = '1280', theme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
  });
  await page.goto(url);
  await page.locator('.katex').first().waitFor();
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
