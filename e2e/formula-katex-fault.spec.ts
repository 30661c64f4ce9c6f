import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath } from './helpers';

// KaTeX's code and stylesheet (fonts come after, from the stylesheet).
const KATEX = /\/assets\/(?:katexModule|katex\.min)-[\w-]+\.(?:js|css)$/;

test('KaTeX failing to load: a notice, the formulas as labelled TeX, working sliders; typeset once it loads again', async ({ page }) => {
  const refused: string[] = [];
  await page.route(KATEX, (route) => {
    refused.push(new URL(route.request().url()).pathname);
    return route.abort('internetdisconnected');
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(/typesetter \(KaTeX\) did not load/);
  expect(refused.some((p) => p.endsWith('.js'))).toBe(true);

  const huber = page.getByRole('figure', { name: 'Huber' });
  const source = huber.locator('.formula-source');
  await expect(source).toHaveCount(2);
  await expect(source.first()).toContainText('TeX source:');
  const tex = source.first().locator('code');
  await expect(tex).toContainText('\\ell_{1.00}(r) = \\begin{cases}');
  await expect(tex).not.toContainText('htmlData');
  await expect(page.locator('.katex')).toHaveCount(0);

  // The page works meanwhile: a slider moves the readout and the TeX shown.
  const slider = page.getByRole('slider', { name: /delta/ });
  await slider.focus();
  for (let i = 0; i < 2; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue('1.1');
  await expect(tex).toContainText('\\ell_{1.10}(r)');
  await expectReadoutMatchesMath(page);
  // The labelled source passes axe (no serious or critical violation), in the light theme.
  const axe = await new AxeBuilder({ page }).include('.fcard').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The network comes back: the next try (the browser's online event, or the retry timer) typesets.
  await page.unroute(KATEX);
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  const delta = huber.locator('.katex-html [data-v="delta"]');
  await expect(delta.first()).toHaveText('1.10', { timeout: 20_000 });
  await expect(source).toHaveCount(0);
  // With KaTeX's stylesheet: its visible copy is laid out as a formula, its MathML copy hidden.
  expect((await huber.locator('.katex-html').first().boundingBox())?.height ?? 0).toBeGreaterThan(20);
  expect(await huber.locator('.katex-mathml').first().evaluate((m) => getComputedStyle(m).position)).toBe('absolute');
  // Numbers follow the slider in place again.
  await slider.press('ArrowRight');
  await expect(delta.first()).toHaveText('1.15');
  // However many tries it took, one notice said so.
  await expect(page.getByRole('region', { name: 'Notices' }).getByText(/KaTeX/)).toHaveCount(1);
});
