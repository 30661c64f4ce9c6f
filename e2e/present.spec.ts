import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { LESSONS } from '../app/lessons';
import { expect, test } from './fixtures';
import { curveCanvas, lossChart } from './helpers';

/**
 * Presenter mode (`present=1`, the Present button, `P`): the bar that replaces the header, full screen
 * and its refusal, the projector palette (24 px text, 3 px strokes, light whatever the theme, axe),
 * every figure and its main control inside a projector's screen, and lesson stepping by clicker keys.
 * Also the small-screen order outside presenter mode: the chart before the catalog.
 */

const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
] as const;

const bar = (page: Page) => page.getByRole('banner').filter({ has: page.getByRole('button', { name: 'Exit presenting' }) });
const appNav = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const presentInUrl = (page: Page) => new URL(page.url()).searchParams.get('present');

async function expectPresenting(page: Page) {
  await expect(bar(page)).toBeVisible();
  await expect(appNav(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-display', 'present');
  await expect.poll(() => presentInUrl(page)).toBe('1');
}

async function expectNotPresenting(page: Page) {
  await expect(appNav(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit presenting' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-display', 'app');
  await expect.poll(() => presentInUrl(page)).toBeNull();
}

/** Every box of `loc` lies inside the viewport, with nothing to scroll to first. */
async function expectInViewport(page: Page, loc: Locator, what: string) {
  const vp = page.viewportSize()!;
  const n = await loc.count();
  expect(n, `${what}: on the page`).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(loc.nth(i)).toBeVisible();
    const box = (await loc.nth(i).boundingBox())!;
    const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5;
    expect(inside, `${what} at ${vp.width}×${vp.height}: ${JSON.stringify(box)}`).toBe(true);
  }
  expect(await page.evaluate(() => scrollY)).toBe(0);
}

/** Elements with text of their own inside `roots` whose rendered text size is under `min` px (CSS zoom counted). */
function smallText(page: Page, roots: string, min: number): Promise<string[]> {
  return page.evaluate(
    ({ sel, least }) => {
      const bad: string[] = [];
      for (const root of document.querySelectorAll(sel)) {
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (el.closest('.katex')) continue;
          const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
          if (!text) continue;
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          if (r.width < 2 || r.height < 2 || cs.visibility === 'hidden') continue;
          const size = parseFloat(cs.fontSize) * ((el as HTMLElement).currentCSSZoom ?? 1);
          if (size < least - 0.01) bad.push(`${el.tagName.toLowerCase()} “${text.slice(0, 30)}”: ${size.toFixed(1)} px`);
        }
      }
      return bad;
    },
    { sel: roots, least: min },
  );
}

const serious = (v: { impact?: string | null }) => v.impact === 'serious' || v.impact === 'critical';
async function axe(page: Page, where: string) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter(serious);
  expect(bad.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('entering and leaving', () => {
  test('by link, and the bar’s Exit presenting button', async ({ page }) => {
    await page.goto('/?loss=huber,mse&present=1');
    await expectPresenting(page);
    await expect(bar(page)).toContainText('Huber vs Mean squared error');
    await expect(lossChart(page)).toBeVisible();
    // Presenter mode keeps what the view needs: the parameters, a compact comparison select; no catalog.
    await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Comparison' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Huber', exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'Exit presenting' }).click();
    await expectNotPresenting(page);
    await expect(page.getByRole('checkbox', { name: 'Huber', exact: true })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('loss')).toBe('huber,mse');
  });

  test('by the Present button, by P, and Escape', async ({ page }) => {
    await page.goto('/');
    await expect(lossChart(page)).toBeVisible();
    await page.getByRole('button', { name: 'Present' }).click();
    await expectPresenting(page);
    await page.keyboard.press('Escape');
    await expectNotPresenting(page);
    await page.locator('body').press('p');
    await expectPresenting(page);
    await page.keyboard.press('P');
    await expectNotPresenting(page);
  });

  test('the comparison select loads a preset', async ({ page }) => {
    await page.goto('/?present=1');
    await page.getByRole('combobox', { name: 'Comparison' }).selectOption({ label: 'Hinge vs squared hinge' });
    await expect(bar(page)).toContainText('Hinge vs Squared hinge');
    await expect(page.getByRole('slider', { name: /^margin/ })).toBeVisible();
  });
});

test.describe('full screen', () => {
  test('F asks for full screen; a refusal says so in a notice and nothing else breaks', async ({ page }) => {
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Disallowed by permissions policy'));
    });
    await page.goto('/?present=1');
    await expect(lossChart(page)).toBeVisible();
    await page.locator('body').press('f');
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Full screen is not available here (Disallowed by permissions policy)');
    await expect(page.getByRole('button', { name: 'Full screen', exact: true })).toHaveAttribute('aria-pressed', 'false');
    // Still presenting, still working.
    await expectPresenting(page);
    const delta = page.getByRole('slider', { name: /delta/ });
    await delta.focus();
    await delta.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('delta')).not.toBeNull();
    await page.getByRole('button', { name: 'Exit presenting' }).click();
    await expectNotPresenting(page);
  });

  test('F and the button toggle full screen; Escape in full screen does not leave presenting', async ({ page }) => {
    await page.goto('/?present=1');
    const full = page.getByRole('button', { name: 'Full screen', exact: true });
    await page.locator('body').press('f');
    await expect(full).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expectPresenting(page);
    await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    await expect(full).toHaveAttribute('aria-pressed', 'false');
    await full.click();
    await expect(full).toHaveAttribute('aria-pressed', 'true');
    await full.click();
    await expect(full).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('projector palette', () => {
  test('explorer: text at least 24 px in the figure, its controls and the bar; curves at least 3 px; light in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(PROJECTORS[0]);
    await page.goto('/?present=1');
    await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
    await expect(page.getByRole('status', { name: 'cursor position' })).toBeVisible();
    expect(await smallText(page, '.present-bar, .chart-panel, .side-panel', 24)).toEqual([]);
    const widths = await page.locator('canvas.curve-canvas').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-line-width'))));
    expect(widths.length).toBeGreaterThanOrEqual(2);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    // The canvas draws what it says: a vertical cut through the flat MAE line's pixels is at least 3 px thick.
    const thick = await curveCanvas(lossChart(page)).evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const dpr = c.width / c.getBoundingClientRect().width;
      let best = 0;
      for (let x = Math.round(c.width * 0.2); x < c.width * 0.3; x += 3) {
        const col = ctx.getImageData(x, 0, 1, c.height).data;
        let run = 0;
        for (let y = 0; y < c.height; y++) {
          run = col[y * 4 + 3]! > 200 ? run + 1 : 0;
          best = Math.max(best, run);
        }
      }
      return best / dpr;
    });
    expect(thick).toBeGreaterThanOrEqual(3);
    // Series in the projector's darker inks (4.5:1 on white): MAE's vermillion #D55E00 is drawn #B84F00.
    const mae = page.getByRole('row', { name: /Mean absolute error/ }).locator('.swatch');
    await expect(mae).toHaveCSS('background-color', 'rgb(184, 79, 0)');
    await page.getByRole('button', { name: 'Exit presenting' }).click();
    await expect(mae).toHaveCSS('background-color', 'rgb(213, 94, 0)');
  });

  test('a lesson step drawn with curve charts: text at least 24 px in the figure, the text and the bar', async ({ page }) => {
    await page.setViewportSize(PROJECTORS[0]);
    await page.goto('/?view=lesson&id=saturation&step=2&present=1');
    await expect(page.getByRole('region', { name: /^Figure: / }).getByRole('slider').first()).toBeVisible();
    expect(await smallText(page, '.present-bar, .lesson-figure, .lesson-body, .lesson-step-title', 24)).toEqual([]);
  });

  test('surface view: text at least 24 px in the cards, the controls and the bar', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(PROJECTORS[0]);
    await page.goto('/?view=surface&present=1');
    await expect(page.getByRole('figure', { name: /objective surface$/ }).locator('canvas').first()).toBeVisible();
    expect(await smallText(page, '.present-bar, .surface-card, .surface-panel', 24)).toEqual([]);
  });

  test('axe: no serious or critical violation in presenter mode (explorer, surface, a lesson step), dark system theme', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(PROJECTORS[0]);
    await page.goto('/?present=1');
    await expect(page.getByRole('status', { name: 'cursor position' })).toBeVisible();
    await axe(page, 'explorer');
    await page.goto('/?view=surface&present=1');
    await expect(page.getByRole('figure', { name: /objective surface$/ }).locator('canvas').first()).toBeVisible();
    await axe(page, 'surface');
    const lesson = LESSONS[0]!;
    await page.goto(`/?view=lesson&id=${lesson.id}&step=2&present=1`);
    await expect(page.getByRole('region', { name: `Figure: ${lesson.steps[1]!.title}` })).toBeVisible();
    await axe(page, `lesson ${lesson.id} step 2`);
  });
});

for (const size of PROJECTORS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('explorer: the chart and its main controls are on screen without scrolling', async ({ page }) => {
      await page.goto('/?present=1');
      await expect(page.getByRole('slider', { name: /delta/ })).toBeVisible();
      await expectInViewport(page, page.getByRole('region', { name: /over the residual$/ }), 'the chart');
      await expectInViewport(page, page.getByRole('slider', { name: /delta/ }), 'the δ slider');
      await expectInViewport(page, page.getByRole('combobox', { name: 'Comparison' }), 'the comparison select');
      await expectInViewport(page, page.getByRole('button', { name: 'Exit presenting' }), 'the bar');
    });

    test('surface view: both cards, the model and λ are on screen without scrolling', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/?view=surface&reg=l2&present=1');
      const cards = page.getByRole('figure', { name: /objective surface$/ });
      await expect(cards.locator('canvas').first()).toBeVisible();
      await expect(cards.locator('canvas').nth(1)).toBeVisible();
      await expectInViewport(page, cards, 'the surface cards');
      await expectInViewport(page, page.getByRole('group', { name: 'Model' }), 'the model');
      await expectInViewport(page, page.getByRole('slider', { name: /lambda/ }), 'the λ slider');
    });

    test('every lesson step: its figure and the step buttons are on screen without scrolling', async ({ page }) => {
      test.setTimeout(300_000);
      for (const lesson of LESSONS) {
        for (const [i, s] of lesson.steps.entries()) {
          await page.goto(`/?view=lesson&id=${lesson.id}&step=${i + 1}&present=1`);
          const figure = page.getByRole('region', { name: `Figure: ${s.title}` });
          await expect(figure).toBeVisible();
          await expect(bar(page)).toContainText(`Step ${i + 1} of ${lesson.steps.length}`);
          await expectInViewport(page, figure, `${lesson.id} step ${i + 1}: the figure`);
          // Its picture, not only its frame: the first chart or diagram in it (if it draws one) is on screen too.
          const picture = figure.locator('svg, canvas').first();
          if ((await picture.count()) > 0) await expectInViewport(page, picture, `${lesson.id} step ${i + 1}: the figure's first picture`);
          await expectInViewport(page, bar(page).getByRole('button', { name: 'Next' }), `${lesson.id} step ${i + 1}: Next`);
        }
      }
    });
  });
}

test('lesson stepping by clicker keys with focus on the bar; the link keeps present=1 across steps and reload', async ({ page }) => {
  const lesson = LESSONS.find((l) => l.steps.length >= 3)!;
  const heading = (n: number) => page.getByRole('heading', { level: 2, name: lesson.steps[n - 1]!.title, exact: true });
  const step = () => Number(new URL(page.url()).searchParams.get('step'));
  await page.goto(`/?view=lesson&id=${lesson.id}&step=1&present=1`);
  await expect(heading(1)).toBeVisible();
  const full = bar(page).getByRole('button', { name: 'Full screen', exact: true });
  await full.focus();
  await page.keyboard.press('PageDown');
  await expect(heading(2)).toBeVisible();
  await expect.poll(step).toBe(2);
  expect(presentInUrl(page)).toBe('1');
  await full.focus();
  await page.keyboard.press('PageDown');
  await expect(heading(3)).toBeVisible();
  await full.focus();
  await page.keyboard.press('PageUp');
  await expect(heading(2)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(3)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(heading(2)).toBeVisible();
  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expect(heading(3)).toBeVisible();
  await expect(bar(page)).toContainText(`Step 3 of ${lesson.steps.length}`);
  await expect.poll(step).toBe(3);
  expect(presentInUrl(page)).toBe('1');
  await page.reload();
  await expect(heading(3)).toBeVisible();
  await expectPresenting(page);
  await bar(page).getByRole('button', { name: 'Previous' }).click();
  await expect(heading(2)).toBeVisible();
});

test.describe('small screens, outside presenter mode', () => {
  for (const width of [1024, 375]) {
    test(`at ${width} px the chart comes before the catalog and presets, above the fold, with no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const chart = lossChart(page);
      const catalog = page.getByRole('region', { name: 'Choose losses' });
      await expect(page.getByRole('button', { name: 'Huber vs MSE vs MAE' })).toBeVisible();
      const [c, k] = [(await chart.boundingBox())!, (await catalog.boundingBox())!];
      expect(c.y + c.height).toBeLessThanOrEqual(k.y);
      expect(c.y).toBeLessThan(800 - 150);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    });
  }

  test('at 375 px the surface cards come before the data and loss controls, with no sideways scroll', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?view=surface');
    const cards = page.getByRole('figure', { name: /objective surface$/ });
    await expect(cards.locator('canvas').first()).toBeVisible();
    const card = (await cards.first().boundingBox())!;
    const problem = (await page.getByRole('region', { name: 'Problem' }).boundingBox())!;
    expect(card.y).toBeLessThan(problem.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});
