import { seriesColor } from '../src/components/charts/palette';
import { expect, test } from './fixtures';
import { colourPixels, curveCanvas, lossChart } from './helpers';

/**
 * What the first frame with content in it shows, read in that frame's animation callback (which runs
 * after every task before it and just before the frame is painted): whether the loss chart's canvas
 * is there, where it is on the page, which curves it says it drew, and how many pixels of each
 * curve's colour it holds.
 */
const FIRST_CONTENT_FRAME = `(() => {
  const colours = ${JSON.stringify([0, 1, 2].map(seriesColor))};
  const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
  const look = () => {
    const root = document.getElementById('root');
    if (!root || !root.textContent) return requestAnimationFrame(look);
    const canvas = document.querySelector('[data-panel="value"] canvas.curve-canvas');
    const counts = rgb.map(() => 0);
    if (canvas) {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] < 128) continue;
        rgb.forEach(([r, g, b], k) => {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) counts[k]++;
        });
      }
    }
    const top = canvas ? canvas.getBoundingClientRect().top + scrollY : NaN;
    window.__firstContentFrame = { canvas: !!canvas, top, series: canvas?.getAttribute('data-series') ?? null, counts };
  };
  requestAnimationFrame(look);
})()`;

for (const width of [1280, 1024]) {
  test(`at ${width} px: the first frame with content shows the chart with its curves; the rest follows and the chart stays put`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(FIRST_CONTENT_FRAME);
    await page.goto('/');
    // A function, not a string: the page's policy refuses eval, which a string predicate is polled with.
    await page.waitForFunction(() => '__firstContentFrame' in window);
    const first = (await page.evaluate('window.__firstContentFrame')) as { canvas: boolean; top: number; series: string | null; counts: number[] };
    expect(first.canvas).toBe(true);
    expect(first.series).toBe('mse mae huber');
    for (const c of first.counts) expect(c).toBeGreaterThan(300);

    // The rest arrives after it, complete and working, and the chart has not moved.
    await expect(page.getByRole('checkbox', { name: 'Huber', exact: true })).toBeChecked();
    await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
    await expect(page.getByRole('status', { name: 'cursor position' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Huber' }).locator('.katex').first()).toBeVisible();
    for (const region of [page.getByRole('region', { name: 'Choose losses' }), page.getByRole('complementary', { name: 'Parameters and readout' })]) {
      await expect(region).toHaveAttribute('aria-busy', 'false');
    }
    const canvas = curveCanvas(lossChart(page));
    expect(await canvas.evaluate((c) => c.getBoundingClientRect().top + scrollY)).toBeCloseTo(first.top, 0);
    const counts = await colourPixels(canvas, [0, 1, 2].map(seriesColor));
    for (const c of counts) expect(c).toBeGreaterThan(300);
  });
}
