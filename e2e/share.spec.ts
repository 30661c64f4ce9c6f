import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { expect, test } from './fixtures';
import { lossChart } from './helpers';

// The host page is on another origin (http://host.test, served by page.route) and frames the app on
// 127.0.0.1, which Chromium's local-network-access check would block; a real host and the app share an
// address space, so the check is off here.
test.use({ launchOptions: { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

const VIEW = '/?loss=huber,mse&axis=residual&delta=1.5&panels=loss,d';

test('the Share dialog opens by keyboard, its snippets carry the exact state, and Esc gives focus back', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(VIEW);
  await expect(lossChart(page)).toBeVisible();
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/loss=huber%2Cmse/);
  expect(link).toMatch(/delta=1\.5/);
  expect(link).not.toMatch(/embed=/);

  // Only δ in the embed: the default, and what the checkboxes say.
  await expect(dialog.getByRole('checkbox', { name: /^delta/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^formula/ })).not.toBeChecked();
  const iframe = dialog.getByRole('textbox', { name: 'Iframe snippet' });
  await expect(iframe).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?v=2&amp;loss=huber%2Cmse&amp;axis=residual&amp;delta=1\.5&amp;.*embed=1&amp;controls=delta"/);
  await dialog.getByRole('checkbox', { name: /^readout/ }).check();
  await expect(iframe).toHaveValue(/controls=delta,readout"/);
  await dialog.getByRole('spinbutton', { name: /Height/ }).fill('640');
  await expect(iframe).toHaveValue(/height: 640px/);

  const element = await dialog.getByRole('textbox', { name: 'Custom element snippet' }).inputValue();
  expect(element).toContain('<script type="module" src="http://127.0.0.1:');
  expect(element).toContain('/embed/loss-atlas.js"></script>');
  expect(element).toMatch(/<loss-atlas-curves loss="huber,mse" axis="residual" delta="1\.5" controls="delta" panels="value,derivative" x-range="-4,4" at="2"><\/loss-atlas-curves>/);
  const react = await dialog.getByRole('textbox', { name: 'React component' }).inputValue();
  expect(react).toContain("import { LossAtlasCurves } from 'loss-atlas/embed/react';");
  expect(react).toContain('<LossAtlasCurves src="http://127.0.0.1:');
  expect(react).toContain('params={{ delta: 1.5 }} controls={["delta"]}');

  // Copy, then paste into a host page on another origin: the frame shows the same view and value.
  await dialog.getByRole('button', { name: 'Copy iframe snippet' }).click();
  await expect(dialog.getByText('Copied the iframe snippet.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await iframe.inputValue());

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(share).toBeFocused();

  await page.route('http://host.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>Host</title></head><body><main>${copied}</main></body></html>` }),
  );
  await page.goto('http://host.test/page.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('slider', { name: /^Loss curves of Huber, Mean squared error: cursor/ })).toBeVisible();
  await expect(frame.getByRole('spinbutton', { name: /delta value/ })).toHaveValue('1.5');
  await expect(frame.getByRole('table')).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCSS('height', '640px');

  // The element snippet, pasted into a page on another origin, draws the same curves with δ's slider at 1.5.
  await page.route('http://host.test/element.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>Host</title></head><body><main>${element}</main></body></html>` }),
  );
  await page.goto('http://host.test/element.html');
  const figure = page.locator('loss-atlas-curves');
  await expect(figure.locator('[data-panel="value"] path.curve')).toHaveCount(2);
  await expect(figure.getByRole('slider', { name: /^(?!Loss curves)/ })).toHaveCount(1);
  await expect(figure.getByRole('spinbutton', { name: /delta/ })).toHaveValue('1.5');
});

test('Share on the surface view: the link and the iframe keep the view; Tab stays in the dialog', async ({ page }) => {
  await page.goto('/?view=surface&reg=l2&lambda=0.5');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(/view=surface.*reg=l2&lambda=0\.5/);
  await expect(dialog.getByRole('textbox', { name: 'Iframe snippet' })).toHaveValue(/view=surface.*embed=1&amp;controls=/);
  await expect(dialog.getByRole('checkbox', { name: /^lambda/ })).toBeChecked();
  await expect(dialog.getByText(/custom element and the React component draw loss curves/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Custom element snippet' })).toHaveCount(0);
  // Tab from the last control comes back to the first.
  const close = dialog.getByRole('button', { name: 'Close' });
  await dialog.getByRole('button', { name: 'Copy iframe snippet' }).focus();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Copy iframe snippet' })).toBeFocused();
  await close.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});
