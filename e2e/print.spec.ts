import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { lossChart } from './helpers';

/**
 * Printing (print media emulated): the figure, the formulas, the parameter values as text and the
 * page's link are on the page; the header, navigation, catalog and every button are not. Each thing
 * is checked on screen first, so that a hidden one on paper means the print stylesheet hid it.
 */

test('a printed explorer view has the chart, the values as text, the formulas and the link, and no controls', async ({ page }, info) => {
  await page.goto('/?v=2&loss=huber,mse&axis=residual&delta=1.5&x=-4,4&at=1');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const catalog = page.getByRole('region', { name: 'Choose losses' });
  const exportButton = page.getByRole('button', { name: /^Export Loss curves/ });
  const slider = page.getByRole('slider', { name: 'delta' });
  const field = page.getByRole('spinbutton', { name: /^delta value/ });
  await expect(slider).toBeVisible();
  for (const l of [nav, catalog, exportButton, field, lossChart(page)]) await expect(l).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Formulas and code' })).toBeVisible();
  await expect(page.getByRole('link', { name: page.url() })).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  for (const l of [nav, catalog, exportButton, slider]) await expect(l).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(lossChart(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Formulas and code' })).toBeVisible();
  // δ prints as "δ delta = 1.5": the field as plain text after an equals sign.
  await expect(field).toBeVisible();
  await expect(field).toHaveValue('1.5');
  const look = await field.evaluate((f) => ({ border: getComputedStyle(f).borderTopStyle, before: getComputedStyle(f.parentElement!, '::before').content }));
  expect(look).toEqual({ border: 'none', before: '"="' });
  await expect(page.getByRole('link', { name: page.url() })).toBeVisible();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await writeFile(info.outputPath('explorer.pdf'), pdf);
});

test('a printed lesson step has its figure, the chosen values, the question and the link, and no navigation', async ({ page }) => {
  await page.goto('/?view=lesson&id=saturation&step=1');
  const figure = page.getByRole('region', { name: /^Figure: / });
  const next = page.getByRole('button', { name: 'Next →' });
  const y0 = page.getByRole('radio', { name: 'y = 0' });
  await expect(figure).toBeVisible();
  await expect(next).toBeVisible();
  await expect(y0).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(figure).toBeVisible();
  await expect(next).toBeHidden();
  await expect(page.getByRole('button', { name: /^Export Figure/ })).toBeHidden();
  // The label y prints as the chosen value only; the question keeps all its options.
  await expect(figure.getByText('y = 1', { exact: true })).toBeVisible();
  await expect(figure.getByText('y = 0', { exact: true })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Both' })).toBeVisible();
  await expect(page.getByRole('link', { name: page.url() })).toBeVisible();
});
