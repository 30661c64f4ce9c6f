import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lossChart, readout } from './helpers';

/** The header and its navigation: what must stay whatever fails below it. */
async function expectChromeWorks(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link', { name: 'Curves' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Surfaces' })).toBeVisible();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Moves the delta slider to its least value by keyboard and checks that Huber's readout follows. */
async function expectDeltaMovesReadout(page: Page) {
  const delta = page.getByRole('slider', { name: /delta/ });
  const before = (await readout(page)).rows.get('Huber')![0];
  const value = await delta.inputValue();
  await delta.focus();
  await delta.press('Home');
  await expect(delta).not.toHaveValue(value);
  await expect.poll(async () => (await readout(page)).rows.get('Huber')![0]).not.toBe(before);
}

test('history calls that throw (rate limit, sandboxed frame): the view still follows every control, and one notice says why', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    };
    History.prototype.replaceState = refuse;
    History.prototype.pushState = refuse;
  });
  await page.goto('/?v=2&loss=huber,mse&axis=residual&delta=1.5');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('The address bar cannot follow the view here');
  await expect(page.getByRole('slider', { name: /delta/ })).toHaveValue('1.5');
  await expectDeltaMovesReadout(page);
  // A change that would make a new history entry still changes the view.
  await page.getByRole('button', { name: 'Hinge vs squared hinge', exact: true }).click();
  await expect(lossChart(page).locator('canvas[data-series~="squared_hinge"]')).toHaveCount(1);
  await expect(notices.getByText(/address bar cannot follow/)).toHaveCount(1);
  await expectChromeWorks(page);
});

test('URL sync failing before React starts: the default view opens with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]) => {
      if (type === 'popstate') throw new Error('popstate is blocked in this frame');
      add(type, ...rest);
    }) as typeof window.addEventListener;
  });
  await page.goto('/?v=2&loss=hinge&axis=margin');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('The address could not be read (popstate is blocked in this frame)');
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expectChromeWorks(page);
  await expectDeltaMovesReadout(page);
});

/** Canvas blocked, as privacy settings and extensions do, until the test lifts it. */
async function blockCanvas(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { canvasBlocked: boolean };
    w.canvasBlocked = true;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
      if (w.canvasBlocked) throw new Error('Canvas is blocked by a privacy setting');
      return getContext.apply(this, args);
    } as typeof getContext;
  });
}

test('a view that throws shows the reason and a retry; the header, navigation and notices stay', async ({ page }) => {
  await blockCanvas(page);
  await page.goto('/?v=2&loss=huber,mse&axis=residual&delta=9');
  const failed = page.getByRole('alert', { name: 'Error in the curve explorer' });
  await expect(failed).toContainText('Something went wrong in the curve explorer: Canvas is blocked by a privacy setting');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('delta = 9 is outside');
  await expectChromeWorks(page);

  await page.evaluate(() => {
    (window as unknown as { canvasBlocked: boolean }).canvasBlocked = false;
  });
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expectDeltaMovesReadout(page);
});

test('a surface panel that throws fails alone: the data and the other controls keep working', async ({ page }) => {
  await blockCanvas(page);
  await page.goto('/?view=surface&model=regression&loss=mse,huber');
  await expect(page.getByRole('alert', { name: 'Error in the left surface' })).toContainText('Canvas is blocked');
  await expect(page.getByRole('alert', { name: 'Error in the right surface' })).toBeVisible();
  await expectChromeWorks(page);
  const delta = page.getByRole('slider', { name: /delta/ });
  await delta.focus();
  await delta.press('ArrowRight');
  await expect(delta).not.toHaveValue('1');
  await page.getByRole('radio', { name: 'L2 (ridge)' }).check();
  await expect(page.getByRole('slider', { name: /lambda/ })).toBeVisible();
});

test('a view whose code cannot be fetched says so and offers a reload, which brings the view once the network is back', async ({ page }) => {
  let fail = true;
  await page.route(/\/assets\/SurfaceView-[^/]*\.js$/, (route) => (fail ? route.abort('internetdisconnected') : route.fallback()));
  await page.goto('/?view=surface&model=regression&loss=mse,huber');
  const failed = page.getByRole('alert', { name: 'Error in the surface view' });
  await expect(failed).toContainText('The code of the surface view could not be fetched');
  await expect(failed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectChromeWorks(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Curves' }).click();
  await expect(lossChart(page)).toBeVisible();
  await page.goBack();
  await expect(failed).toBeVisible();

  fail = false;
  await failed.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('figure', { name: 'Mean squared error objective surface' }).locator('canvas')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('view')).toBe('surface');
});
