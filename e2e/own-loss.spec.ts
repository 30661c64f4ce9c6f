import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { lossChart, readout, urlSettles } from './helpers';

/** The chunks of typed losses: the engine (parser, spec builder) and the editors. */
const OWN_CHUNK = /\/assets\/(?:ownChunk|OwnPanel)-[^/]*\.js$/;
const TITLE = 'Your loss 1: ℓ(r) = abs(r)^q';

const ownCurve = (page: Page) => lossChart(page).locator('canvas[data-series~="own1"]');
const field = (page: Page) => page.getByRole('textbox', { name: 'Your loss 1 in r' });

/** Opens "Your own loss", adds a formula (drawn at once) and applies `text` to it by typing and Enter. */
async function typeOwn(page: Page, text: string) {
  await page.getByRole('button', { name: 'Your own loss' }).click();
  await page.getByRole('button', { name: 'Add a formula' }).click();
  await expect(field(page)).toBeFocused();
  await field(page).fill(text);
  await field(page).press('Enter');
  await expect(ownCurve(page)).toHaveCount(1);
}

/** The readout row of a loss: [value, derivative]. */
async function row(page: Page, title: string): Promise<{ x: number; value: number; derivative: number }> {
  const { x, rows } = await readout(page);
  const r = rows.get(title);
  if (!r) throw new Error(`no readout row ${title}`);
  return { x, value: r[0]!, derivative: r[1]! };
}

/** The rows of a chart's CSV download (comments and the blank end left out), each split into cells. */
async function csvRows(page: Page, chart: string): Promise<string[][]> {
  await page.getByRole('button', { name: `Export ${chart}` }).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('group', { name: `Export ${chart}` }).getByRole('button', { name: 'Download CSV' }).click();
  const text = (await readFile((await (await downloaded).path())!)).toString('utf8');
  return text.split('\r\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split(','));
}

test('a typed loss is drawn beside a built-in one, its slider moves it, and a shared link brings it back', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(lossChart(page).locator('canvas[data-series~="mse"]')).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Huber', exact: true }).uncheck();
  expect(fetched.filter((u) => OWN_CHUNK.test(u))).toEqual([]);

  await typeOwn(page, 'abs(r)^q');
  expect(fetched.some((u) => OWN_CHUNK.test(u))).toBe(true);
  await expect(lossChart(page).locator('canvas[data-series~="mse"]')).toHaveCount(1);

  // q starts at 1 and moves by 0.05 a key press: ten presses make 1.5.
  const q = page.getByRole('slider', { name: /^q\b/ });
  await q.focus();
  for (let i = 0; i < 10; i++) await q.press('ArrowRight');
  await urlSettles(page, /[?&]q=1\.5(&|$)/);
  // |r|^1.5 and its derivative 1.5·sign(r)·|r|^0.5 at the cursor, worked out here, not by the app's parser.
  await expect(async () => {
    const { x, value, derivative } = await row(page, TITLE);
    expect(value).toBeCloseTo(Math.abs(x) ** 1.5, 4);
    expect(derivative).toBeCloseTo(1.5 * Math.sign(x) * Math.abs(x) ** 0.5, 4);
    expect((await row(page, 'Mean squared error')).value).toBeCloseTo(x * x, 4);
  }).toPass();

  const calls = page.getByRole('region', { name: `Framework calls for ${TITLE}` });
  await calls.getByRole('tab', { name: 'PyTorch' }).click();
  await expect(calls.getByRole('tabpanel')).toContainText('q = 1.5');
  await expect(calls.getByRole('tabpanel')).toContainText('r = pred - target');
  // The symbolic derivative is checked live against dual numbers over the range shown.
  await expect(page.getByText(/^Derivative symbolic; it agrees with automatic differentiation (exactly|to \S+) at \d+ points of this range\.$/)).toBeVisible();
  await page.getByRole('button', { name: `Copy LaTeX for ${TITLE}` }).click();
  const tex = await page.evaluate(() => navigator.clipboard.readText());
  expect(tex).toContain('1.5');
  expect(tex).toContain('\\ell(r)');

  const link = page.url();
  expect(new URL(link).searchParams.get('own1')).toBe('abs(r)^q');
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(ownCurve(fresh)).toHaveCount(1);
  await expect(lossChart(fresh).locator('canvas[data-series~="mse"]')).toHaveCount(1);
  await expect(fresh.getByRole('slider', { name: /^q\b/ })).toHaveValue('1.5');
  await expect(field(fresh)).toHaveValue('abs(r)^q');
  const before = await row(page, TITLE);
  const after = await row(fresh, TITLE);
  expect(after).toEqual(before);
});

test('a bad formula says why under the field while the last good curve stays, and the page keeps working', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await typeOwn(page, 'abs(r)^q');
  const why = page.getByRole('alert').filter({ hasText: /\S/ });
  const cases: readonly [string, RegExp][] = [
    ['log(r', /missing \)/],
    ['lgo(r)', /unknown function `lgo`/],
    ['r+'.repeat(50_000), /100000 characters long/],
    ['('.repeat(10_000), /10000 characters long/],
  ];
  for (const [text, message] of cases) {
    await field(page).fill(text);
    await field(page).press('Enter');
    await expect(why).toContainText(message);
    await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(ownCurve(page)).toHaveCount(1);
  }
  // The page still answers: the cursor moves and the typed loss's row follows it.
  await lossChart(page).focus();
  await lossChart(page).press('ArrowLeft');
  await expect(async () => {
    const { x, value } = await row(page, TITLE);
    expect(value).toBeCloseTo(Math.abs(x), 4);
  }).toPass();
  await field(page).fill('a*r^2');
  await field(page).press('Enter');
  await expect(field(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('slider', { name: /^a\b/ })).toBeVisible();
  await field(page).fill('log(r)');
  await field(page).press('Enter');
  await expect(page.getByRole('list', { name: 'Where your loss 1 is undefined' })).toContainText('undefined for r ≤ 0');
});

test('a link carrying a formula says so while the parser loads, then opens on it', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/ownChunk-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?v=2&own1=abs(r)%5Eq&own1.axis=residual&own1.ranges=q:0.5:4&loss=own1&axis=residual&q=2');
  await expect(page.getByText('Loading the formulas this link carries…')).toBeVisible();
  release();
  await expect(ownCurve(page)).toHaveCount(1);
  const q = page.getByRole('slider', { name: /^q\b/ });
  await expect(q).toHaveValue('2');
  await expect(q).toHaveAttribute('min', '0.5');
  await expect(q).toHaveAttribute('max', '4');
  await expect(page.getByRole('spinbutton', { name: 'q from' })).toHaveValue('0.5');
});

test('a link with a formula that does not compile opens with a notice and a working page', async ({ page }) => {
  await page.goto('/?v=2&own1=log(r&own1.axis=residual&loss=own1,mse&axis=residual');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('missing )');
  await expect(lossChart(page).locator('canvas[data-series~="mse"]')).toHaveCount(1);
  await expect(ownCurve(page)).toHaveCount(0);
});

test('axe finds no serious violation with the editor open and a message showing', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await typeOwn(page, 'abs(r)^q');
  await field(page).fill('log(r');
  await field(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /missing/ })).toBeVisible();
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('three typed losses at most; a parameter’s range is typed and the slider follows it', async ({ page }) => {
  await page.goto('/');
  await typeOwn(page, 'abs(r)^q');
  const add = page.getByRole('button', { name: 'Add a formula' });
  await add.click();
  await add.click();
  await expect(page.getByRole('textbox', { name: /^Your loss \d in r$/ })).toHaveCount(3);
  await expect(add).toBeDisabled();
  await expect(page.getByText('At most 3 typed losses at once; remove one to add another.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove your loss 3' }).click();
  await expect(add).toBeEnabled();
  await expect(add).toBeFocused();
  await expect(lossChart(page).locator('canvas[data-series~="own3"]')).toHaveCount(0);

  const from = page.getByRole('spinbutton', { name: 'q from' }).first();
  await from.fill('2');
  const q = page.getByRole('slider', { name: /^q\b/ }).first();
  await expect(q).toHaveAttribute('min', '2');
  await expect(q).toHaveValue('2');
  await urlSettles(page, /own1\.ranges=q:2:5/);
  await from.fill('9');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The start must be below the end.')).toBeVisible();
  await expect(q).toHaveAttribute('min', '2');
});

test('when the parser cannot be fetched, the section says so and the page keeps working', async ({ page }) => {
  await page.route(/\/assets\/ownChunk-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Your own loss' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'formula parser could not be loaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Log-cosh', exact: true }).check();
  await expect(lossChart(page).locator('canvas[data-series~="log_cosh"]')).toHaveCount(1);
});

test('on the margin axis a typed loss is written in m, beside the hinge', async ({ page }) => {
  await page.goto('/?v=2&loss=hinge&axis=margin');
  await page.getByRole('button', { name: 'Your own loss' }).click();
  await page.getByRole('button', { name: 'Add a formula' }).click();
  const m = page.getByRole('textbox', { name: 'Your loss 1 in m' });
  await expect(m).toHaveValue('log(1 + exp(-a*m))');
  await m.fill('max(0, 1 - m)^2 + 0.1*m^2');
  await m.press('Enter');
  await expect(ownCurve(page)).toHaveCount(1);
  await expect(lossChart(page).locator('canvas[data-series~="hinge"]')).toHaveCount(1);
  // max(0, 1 − m)² + 0.1 m² and its derivative −2 max(0, 1 − m) + 0.2 m, worked out here.
  await expect(async () => {
    const { x, value, derivative } = await row(page, 'Your loss 1: ℓ(m) = max(0, 1 - m)^2 + 0.1*m^2');
    expect(value).toBeCloseTo(Math.max(0, 1 - x) ** 2 + 0.1 * x * x, 4);
    expect(derivative).toBeCloseTo(-2 * Math.max(0, 1 - x) + 0.2 * x, 4);
  }).toPass();
  await lossChart(page).focus();
  for (let i = 0; i < 40; i++) await lossChart(page).press('ArrowLeft');
  await expect(async () => {
    const { x, value } = await row(page, 'Your loss 1: ℓ(m) = max(0, 1 - m)^2 + 0.1*m^2');
    expect(x).toBeLessThan(1);
    expect(value).toBeCloseTo((1 - x) ** 2 + 0.1 * x * x, 4);
  }).toPass();
});

test('the CSV of a chart with a typed loss shares the grid, with blanks only where its derivative jumps', async ({ page }) => {
  await page.goto('/?v=2&own1=abs(r)%5Eq&own1.axis=residual&loss=own1,mse&axis=residual&q=1&x=-4,4&panels=loss,d');
  await expect(ownCurve(page)).toHaveCount(1);
  const chart = 'Loss curves of Your loss 1: ℓ(r) = abs(r)^q, Mean squared error';
  const rows = await csvRows(page, chart);
  expect(rows[0]).toEqual(['x', 'own1_value', 'own1_derivative', 'mse_value', 'mse_derivative']);
  expect(rows.length).toBe(1 + 1001);
  const blanks = rows.slice(1).filter((r) => r[2] === '').map((r) => Number(r[0]));
  // |r|^1: the derivative jumps from −1 to 1 at r = 0, which the grid holds as a branch of its own; the breaks
  // lie on either side of it, nowhere else.
  expect(blanks.length).toBeGreaterThan(0);
  for (const b of blanks) expect(Math.abs(b)).toBeLessThan(0.01);
  for (const r of [rows[101]!, rows[900]!]) {
    const x = Number(r[0]);
    expect(Number(r[1])).toBeCloseTo(Math.abs(x), 9);
    expect(Number(r[2])).toBe(Math.sign(x));
  }
});

test('a typed loss whose derivative passes its branch change smoothly is drawn without a gap', async ({ page }) => {
  // |r|^1.5: its derivative 1.5·sign(r)·|r|^0.5 is 0 on both sides of r = 0, so nothing is left blank.
  await page.goto('/?v=2&own1=abs(r)%5Eq&own1.axis=residual&loss=own1&axis=residual&q=1.5&x=-4,4&panels=loss,d');
  await expect(ownCurve(page)).toHaveCount(1);
  const chart = 'Loss curves of Your loss 1: ℓ(r) = abs(r)^q';
  const rows = await csvRows(page, chart);
  expect(rows[0]).toEqual(['x', 'own1_value', 'own1_derivative']);
  expect(rows.slice(1).filter((r) => r[1] === '' || r[2] === '')).toEqual([]);
});

test('back goes to the view before the typed loss, forward brings it back', async ({ page }) => {
  await page.goto('/');
  await typeOwn(page, 'abs(r)^q');
  await page.goBack();
  await expect(ownCurve(page)).toHaveCount(0);
  await expect(lossChart(page).locator('canvas[data-series~="huber"]')).toHaveCount(1);
  await expect(field(page)).toHaveCount(0);
  await page.goForward();
  await expect(field(page)).toHaveValue('abs(r)^q');
  await expect(ownCurve(page)).toHaveCount(1);
  await expect(page.getByRole('slider', { name: /^q\b/ })).toHaveValue('1');
});

test('Share with a typed loss drawn: the link and iframe carry it, the element snippets are not offered', async ({ page }) => {
  await page.goto('/?v=2&own1=abs(r)%5Eq&own1.axis=residual&loss=mse,own1&axis=residual&q=1.5');
  await expect(ownCurve(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(/own1=abs%28r%29%5Eq/);
  await expect(dialog.getByRole('textbox', { name: 'Iframe snippet' })).toHaveValue(/own1=abs%28r%29%5Eq/);
  await expect(dialog.getByText(/draw the built-in losses only; embed a view with your own loss with the iframe/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Custom element snippet' })).toHaveCount(0);
});
