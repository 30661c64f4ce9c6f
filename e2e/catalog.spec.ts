import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, urlSettles, viewFromUrl } from './helpers';

test('pick and drop losses from the catalog; the chart, readout and formulas follow', async ({ page }) => {
  await page.goto('/');
  const chart = lossChart(page);
  await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).check();
  await expect(chart.locator('canvas[data-series~="log_cosh"]')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /^Log-cosh/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Log-cosh' })).toBeVisible();
  await urlSettles(page, /loss=mse,mae,huber,log_cosh/);
  await expectReadoutMatchesMath(page);

  await page.getByRole('checkbox', { name: 'Mean squared error', exact: true }).uncheck();
  await expect(chart.locator('canvas[data-series~="mse"]')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^Mean squared/ })).toHaveCount(0);
  await urlSettles(page, /loss=mae,huber,log_cosh/);
});

test('a loss over another axis is explained, not silently added, and can be shown over its own axis', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Filter losses' }).fill('triplet');
  await page.getByRole('checkbox', { name: 'Triplet margin', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Triplet margin', exact: true })).not.toBeChecked();
  await expect(page.getByText(/Triplet margin has no curve over the residual/)).toBeVisible();
  await expect(lossChart(page).locator('canvas[data-series~="triplet"]')).toHaveCount(0);
  // It offers losses that do share the residual axis…
  await expect(page.getByRole('button', { name: 'Add Log-cosh' })).toBeVisible();
  // …and to redraw over distance.
  await page.getByRole('button', { name: 'Show Triplet margin over distance' }).click();
  await expect(lossChart(page).locator('canvas[data-series~="triplet"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('over the distance');
  await expectReadoutMatchesMath(page);
});

test('families fold: open where a loss is drawn, all open while filtering, and each opens and closes by keyboard', async ({ page }) => {
  await page.goto('/');
  const regression = page.getByRole('group', { name: 'Regression', exact: true });
  const boxes = page.getByRole('group', { name: 'Bounding boxes', exact: true });
  await expect(regression.getByRole('checkbox', { name: 'Huber', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Generalized IoU (GIoU)', exact: true })).toBeHidden();
  const heading = page.locator('summary', { hasText: 'Bounding boxes' });
  await expect(heading).toHaveText('Bounding boxes 4 losses');
  await heading.focus();
  await page.keyboard.press('Enter');
  await expect(boxes.getByRole('checkbox', { name: 'Generalized IoU (GIoU)', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Generalized IoU (GIoU)', exact: true })).toBeHidden();
  await page.getByRole('searchbox', { name: 'Filter losses' }).fill('giou');
  await expect(page.getByRole('checkbox', { name: 'Generalized IoU (GIoU)', exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Generalized IoU (GIoU)', exact: true }).click();
  await expect(page.getByText(/Generalized IoU \(GIoU\) has no curve over the residual/)).toBeVisible();
});

test('the filter narrows the catalog', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Filter losses' }).fill('hinge');
  await expect(page.getByRole('checkbox', { name: 'Hinge', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Huber', exact: true })).toHaveCount(0);
});

test('a margin set apart moves one loss only; linked again, both share it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true }).click();
  const params = page.getByRole('region', { name: 'Parameters' });
  await expect(params.getByRole('slider')).toHaveCount(1);
  await params.getByRole('checkbox', { name: /Link margin/ }).uncheck();
  await expect(params.getByRole('slider')).toHaveCount(2);
  await params.getByRole('spinbutton', { name: 'margin value (Hinge)' }).fill('2');
  await urlSettles(page, /apart=margin.*margin\.hinge=2/);
  await expectReadoutMatchesMath(page);
  await params.getByRole('checkbox', { name: /Link margin/ }).check();
  await expect(params.getByRole('slider')).toHaveCount(1);
  await expect(params.getByRole('slider')).toHaveValue('2');
  await page.getByRole('button', { name: 'Reset parameters' }).click();
  await expect(params.getByRole('slider')).toHaveValue('1');
});

test('zoom and pan the x-range from the keyboard; y refits', async ({ page }) => {
  await page.goto('/');
  const yTop = async () => {
    const ticks = await lossChart(page).locator('.axis-left text').allTextContents();
    return Math.max(...ticks.map((t) => Number(t.replace('−', '-').replace(/,/g, ''))));
  };
  const yBefore = await yTop();
  const width = () => {
    const [a, b] = viewFromUrl(page).xDomain;
    return b - a;
  };
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeLessThan(8);
  const zoomed = width();
  await page.getByRole('button', { name: 'Pan right' }).click();
  await expect.poll(() => viewFromUrl(page).xDomain[0]).toBeGreaterThan(-4 + zoomed / 2 - 4);
  expect(width()).toBeCloseTo(zoomed, 3);
  await page.getByRole('spinbutton', { name: 'x from' }).fill('-10');
  await page.getByRole('spinbutton', { name: 'x to' }).fill('10');
  await page.getByRole('spinbutton', { name: 'x to' }).press('Enter');
  await urlSettles(page, /x=-10,10&/);
  await expect.poll(yTop).toBeGreaterThan(yBefore * 4);
  // An absurd range (from above to) changes nothing. (Moving focus between the two fields applies
  // what is typed, so the absurd value is typed into one field and confirmed there.)
  await page.getByRole('spinbutton', { name: 'x from' }).fill('20');
  await page.getByRole('spinbutton', { name: 'x from' }).press('Enter');
  await page.waitForTimeout(400);
  await urlSettles(page, /x=-10,10&/);
  await expect(page.getByRole('spinbutton', { name: 'x to' })).toHaveValue('10');
  await page.getByRole('button', { name: 'Reset range' }).click();
  await urlSettles(page, /x=-4,4&/);
});

test('copy LaTeX and copy code put the current text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Copy LaTeX for Huber' }).click();
  const tex = await page.evaluate(() => navigator.clipboard.readText());
  expect(tex).toContain('\\le {1}');
  const calls = page.getByRole('region', { name: 'Framework calls for Huber' });
  await calls.getByRole('tab', { name: 'PyTorch' }).click();
  await calls.getByRole('button', { name: /Copy code for Huber in PyTorch/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('torch.nn.HuberLoss(delta=1)');
  await calls.getByRole('tab', { name: 'PyTorch' }).press('ArrowRight');
  await expect(calls.getByRole('tab', { name: 'Keras' })).toHaveAttribute('aria-selected', 'true');
  await expect(calls.getByRole('tabpanel')).toContainText('keras.losses.Huber(delta=1)');

  // Mid-drag the call on screen waits for the slider to rest, but a copy pressed in the same
  // moment as the slider's input still gets the current value, and the shown call catches up.
  const slider = page.getByRole('slider', { name: /delta/ });
  const copy = calls.getByRole('button', { name: /Copy code for Huber in Keras/ });
  const copyHandle = await copy.elementHandle();
  await slider.evaluate((el, button) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '1.5');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    (button as HTMLButtonElement).click();
  }, copyHandle);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('keras.losses.Huber(delta=1.5)');
  await expect(calls.getByRole('tabpanel')).toContainText('keras.losses.Huber(delta=1.5)');
});
