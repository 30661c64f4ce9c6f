import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  // Test instrumentation, run before the page's own scripts: keep every policy violation the page reports.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}`));
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page carries the policy: no eval, no inline script', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  const directives = new Map(policy!.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(policy).not.toContain("'unsafe-eval'");
  // The policy is enforced: an inline script added to the page does not run, and is reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
});

test('the explorer, the surface view on WebGL and the GPU check run without a policy violation', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // The explorer, typeset by KaTeX with its stylesheet and fonts, a slider moved.
  const huber = page.getByRole('figure', { name: 'Huber' });
  await expect(huber.locator('.katex-html [data-v="delta"]').first()).toHaveText('1.00');
  const katexMain = () => page.evaluate(() => document.fonts.ready.then((f) => [...f].filter((face) => face.family === 'KaTeX_Main').map((face) => face.status)));
  await expect.poll(katexMain).toContain('loaded');
  const slider = page.getByRole('slider', { name: /delta/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(huber.locator('.katex-html [data-v="delta"]').first()).toHaveText('1.05');
  // Each page load starts a fresh list: read it before leaving.
  expect(await violations(page), 'explorer').toEqual([]);

  // The surface view: tfjs on WebGL and the float64 worker.
  await page.goto('/?view=surface');
  await expect(page.getByRole('status', { name: 'Surface backend' })).toContainText('WebGL · ', { timeout: 20_000 });
  expect(await violations(page), 'surface view').toEqual([]);

  // The GPU check: every kernel against float64.
  await page.goto('/?view=gpu-check');
  await expect(page.getByRole('status')).toHaveText('Backend: webgl', { timeout: 20_000 });
  await expect(page.getByRole('table', { name: 'GPU vs float64' }).getByRole('row')).toHaveCount(5);
  expect(await violations(page), 'GPU check').toEqual([]);
});
