import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, readout, urlSettles, viewFromUrl } from './helpers';

test('a link opens the exact view; copying the address and reopening gives it back', async ({ page, browser }) => {
  const link = '/?v=1&loss=hinge,squared_hinge&axis=margin&apart=margin&margin.hinge=0.5&margin.squared_hinge=2&x=-2,3&at=0.3&panels=loss,d';
  await page.goto(link);
  await expect(page.getByRole('slider', { name: /margin · Hinge$/ })).toHaveValue('0.5');
  await expect(page.getByRole('slider', { name: /margin · Squared hinge$/ })).toHaveValue('2');
  await expect(page.getByRole('spinbutton', { name: 'x from' })).toHaveValue('-2');
  await expect(page.getByRole('img', { name: /derivative along/ })).toBeVisible();
  await expectReadoutMatchesMath(page);
  const first = await readout(page);
  await expect(page.getByRole('region', { name: 'Notices' }).getByRole('paragraph')).toHaveCount(0);

  const copied = page.url();
  const again = await browser.newPage();
  try {
    await again.goto(copied);
    await expect(lossChart(again)).toBeVisible();
    const second = await readout(again);
    expect(second).toEqual(first);
    expect(viewFromUrl(again)).toEqual(viewFromUrl(page));
  } finally {
    await again.close();
  }
});

test('back and forward move between distinct views; parameter drags do not pile up history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true }).click();
  await urlSettles(page, /preset=hinge-squared-hinge/);
  const margin = page.getByRole('region', { name: 'Parameters' }).getByRole('slider', { name: /margin/ });
  await margin.focus();
  for (let i = 0; i < 5; i++) await margin.press('ArrowRight');
  // Moved off the preset's values, the view is no longer the preset: the same entry, now without it.
  await urlSettles(page, /margin=1\.25/);
  expect(page.url()).not.toMatch(/preset=/);
  await page.getByRole('button', { name: 'Contrastive vs triplet', exact: true }).click();
  await urlSettles(page, /preset=contrastive-triplet/);

  await page.goBack();
  await urlSettles(page, /loss=hinge,squared_hinge&axis=margin&margin=1\.25/);
  await expect(lossChart(page).locator('canvas[data-series~="squared_hinge"]')).toHaveCount(1);
  await expect(margin).toHaveValue('1.25');
  await page.goBack();
  await urlSettles(page, /preset=huber-mse-mae/);
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await page.goForward();
  await urlSettles(page, /margin=1\.25/);
  await expectReadoutMatchesMath(page);
});

test('a malformed link still renders, clamps and drops what is bad, and says so in dismissable notices', async ({ page }) => {
  const bad =
    '/?loss=huber,<img src=x onerror=alert(1)>,mse,huber&delta=999&delta=2&x=9,1&at=abc&panels=loss,zzz&stray=<script>alert(2)</script>&v=7';
  page.on('dialog', () => {
    throw new Error('a link parameter ran as script');
  });
  await page.goto(bad);
  await expect(lossChart(page)).toBeVisible();
  const notices = page.getByRole('region', { name: 'Notices' });
  // Eight notices: the first five show, then a count of the rest, which move up as others are dismissed.
  const items = notices.locator('.notice');
  await expect(items).toHaveCount(5);
  await expect(notices).toContainText('Link version “7” is unknown');
  await expect(notices).toContainText('Unknown loss');
  await expect(notices).toContainText('appears 2 times');
  await expect(notices).toContainText('delta = 999 is outside');
  await expect(notices).toContainText('x-range');
  await expect(notices.getByText('and 3 more')).toBeVisible();
  await expect(page.getByRole('slider', { name: /delta/ })).toHaveValue('5');
  expect(await page.locator('img[src="x"], script:not([type="module"])').count()).toBe(0);
  await expectReadoutMatchesMath(page);

  await notices.getByRole('button', { name: /^Dismiss notice: Unknown loss/ }).click();
  await expect(items).toHaveCount(5);
  await expect(notices).toContainText('Cursor “abc”');
  await expect(notices.getByText('and 2 more')).toBeVisible();
  for (const text of [/^Dismiss notice: Link version/, /^Dismiss notice: “delta” appears/]) await notices.getByRole('button', { name: text }).click();
  await expect(notices).toContainText('Ignored');
  await expect(notices.getByText(/more$/)).toHaveCount(0);
});

test('back and forward replace the notices of the address they leave instead of keeping them', async ({ page }) => {
  await page.goto('/?v=2&loss=huber,mse&axis=residual&delta=99');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices.locator('.notice')).toHaveCount(1);
  // The address now holds the clamped value, so it has nothing more to say once the view comes back to it.
  await urlSettles(page, /delta=5/);
  await page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true }).click();
  await urlSettles(page, /preset=hinge-squared-hinge/);
  await page.goBack();
  await urlSettles(page, /delta=5/);
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expect(notices.locator('.notice')).toHaveCount(0);
});

test('a preset the link does not show is not marked, and a notice says why', async ({ page }) => {
  await page.goto('/?v=2&loss=hinge,squared_hinge&axis=margin&margin=2&preset=hinge-squared-hinge');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('not those of the preset “Hinge vs squared hinge”');
  await expect(page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('slider', { name: /^margin · / })).toHaveValue('2');
  expect(new URL(page.url()).searchParams.has('preset')).toBe(false);
});

test('two surfaces keep their own value of a shared parameter through a reload', async ({ page }) => {
  await page.goto('/?view=surface&model=binary&data=bin-separable&loss=hinge,squared_hinge');
  const right = page.getByRole('slider', { name: /margin · Squared hinge/ });
  await right.focus();
  for (let i = 0; i < 4; i++) await right.press('ArrowRight');
  const moved = await right.inputValue();
  expect(moved).not.toBe('1');
  await urlSettles(page, new RegExp(`apart=margin.*margin\\.squared_hinge=${moved.replace('.', '\\.')}(&|$)`));
  await page.reload();
  await expect(page.getByRole('slider', { name: /margin · Hinge$/ })).toHaveValue('1');
  await expect(page.getByRole('slider', { name: /margin · Squared hinge/ })).toHaveValue(moved);
});

test('a link’s points far outside the data box are moved to its edge, with a notice', async ({ page }) => {
  await page.goto('/?view=surface&model=regression&loss=mse&pts=1e308,1;2,3;-1,0.5');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Edited points outside ±1000 were moved to its edge');
  expect(new URL(page.url()).searchParams.get('pts')).toBe('1000,1;2,3;-1,0.5');
});

test('a link with nothing drawable falls back to the default comparison', async ({ page }) => {
  await page.goto('/?loss=nope,%22%3E%3Cb%3Ebold&axis=sideways');
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Unknown axis');
  expect(await page.locator('main b').count()).toBe(0);
});
