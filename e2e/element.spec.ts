import { gzipSync } from 'node:zlib';
import { expect, parseReadout, test } from './fixtures';
import { APP, cursorX, embedRequests, expectAxeClean, expectCurves, heavy, HOSTS, readoutValue, recordRequests, stepHuberDelta } from './hosts/helpers';
import { getLoss } from '../src/math/losses';

// <loss-atlas-curves> on a plain HTML page of another origin (e2e/hosts/plain.html): three figures.

test('three figures draw from one copy of the module, with neither tfjs nor KaTeX', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${HOSTS}/plain.html`);
  await expectCurves(page.locator('#huber'), 1);
  await expectCurves(page.locator('#hinge'), 2);
  await expectCurves(page.locator('#faulty'), 1);
  const embed = embedRequests(urls);
  expect(embed).toContain(`${APP}/embed/loss-atlas.js`);
  expect(embed.length, `each of ${embed.join(', ')} once`).toBe(new Set(embed).size);
  expect(heavy(urls)).toEqual([]);
});

test('a slider moves by keyboard: curve, readout, link and change event follow', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  const figure = page.locator('#huber');
  await expectCurves(figure, 1);
  await page.evaluate(() => {
    const w = window as unknown as { changes: unknown[] };
    w.changes = [];
    document.getElementById('huber')!.addEventListener('change', (e) => w.changes.push((e as CustomEvent).detail));
  });
  const curve = figure.locator('[data-panel="value"] path.curve');
  const before = await curve.getAttribute('d');
  const delta = await stepHuberDelta(figure);
  expect(delta).toBeCloseTo(1.55, 10);
  await expect(curve).not.toHaveAttribute('d', before!);
  const changes = await page.evaluate(() => (window as unknown as { changes: { loss: string[]; params: Record<string, number>; link: string }[] }).changes);
  expect(changes.at(-1)).toMatchObject({ loss: ['huber'], params: { delta: 1.55 } });
  const link = figure.getByRole('link', { name: 'Open in Loss Atlas' });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.origin + href.pathname).toBe(`${APP}/`);
  expect(href.searchParams.get('loss')).toBe('huber');
  expect(href.searchParams.get('delta')).toBe('1.55');
  expect(changes.at(-1)!.link).toBe(href.href);
  // Only delta was asked for: the figure has no other parameter slider.
  await expect(figure.getByRole('slider', { name: /^(?!Loss curves)/ })).toHaveCount(1);
});

test('the link opens the same view in the app', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  const href = await page.locator('#hinge').getByRole('link', { name: 'Open in Loss Atlas' }).getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hinge.*Squared hinge.*over the margin/i);
  await expect(page.getByRole('slider', { name: /^margin/ })).toHaveValue('1');
});

test('bad attribute values are said inside the figure and in the console; the rest draws', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${HOSTS}/plain.html`);
  const figure = page.locator('#faulty');
  const problems = figure.getByRole('list', { name: "Problems with this figure's settings" });
  await expect(problems.getByRole('listitem')).toHaveText([/Unknown loss “nope” dropped/, /delta = 99 is outside 0\.05…5; set to 5/, /x-range “4,-4” is not a usable/, /controls: “gamma” is not a parameter/]);
  await expectCurves(figure, 1);
  await expect(figure.getByRole('slider', { name: 'delta' })).toHaveValue('5');
  expect(warnings.filter((w) => w.startsWith('<loss-atlas-curves>:'))).toHaveLength(4);
});

test('attribute changes after mount redraw the figure', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  const figure = page.locator('#huber');
  await expectCurves(figure, 1);
  await page.evaluate(() => document.getElementById('huber')!.setAttribute('delta', '3'));
  await expect(figure.getByRole('slider', { name: 'delta' })).toHaveValue('3');
  const x = Number(await figure.getByLabel('cursor position').textContent());
  expect(await readoutValue(figure, 'Huber')).toBeCloseTo(getLoss('huber')!.profiles[0]!.value(x, { delta: 3 }), 5);
  await page.evaluate(() => document.getElementById('huber')!.setAttribute('loss', 'mse,mae'));
  await expectCurves(figure, 2);
  await expect(figure.getByText(`${getLoss('mse')!.title} vs ${getLoss('mae')!.title} over the residual`)).toBeVisible();
  await expect(figure.getByRole('list', { name: "Problems with this figure's settings" })).toContainText('controls: “delta” is not a parameter');
});

test('theme: "dark" is dark on a light page, "auto" follows the reader\'s colour scheme', async ({ page }) => {
  const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.la-root')!).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${HOSTS}/plain.html`);
  await expectCurves(page.locator('#hinge'), 2);
  expect(await background('hinge')).toBe('rgb(29, 32, 38)');
  expect(await background('huber')).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background('huber')).toBe('rgb(29, 32, 38)');
});

test('axe finds nothing serious inside the figures (light and dark)', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  await expectCurves(page.locator('#hinge'), 2);
  await expectAxeClean(page);
});

test('with `formula`, KaTeX loads, its fonts apply and the formula typesets inside the shadow root', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${HOSTS}/formula.html`);
  const figure = page.locator('loss-atlas-curves');
  await expectCurves(figure, 1);
  const formula = figure.getByRole('figure').locator('.katex-html').first();
  await expect(formula).toBeVisible();
  expect(heavy(urls).some((u) => /katex/i.test(u))).toBe(true);
  // The shadow root carries KaTeX's rules: a typeset formula uses KaTeX's font, which the document declared and loaded.
  await expect.poll(() => formula.evaluate((n) => getComputedStyle(n.querySelector('.mord') ?? n).fontFamily)).toMatch(/KaTeX_/);
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KaTeX_Main') && f.status === 'loaded'))).toBe(true);
  await stepHuberDelta(figure);
  await expect(figure.getByRole('figure').locator('.formula').first()).toContainText('1.55');
  await expectAxeClean(page);
});

test('before its chart paints, a page fetches itself and the one module: nothing lazy, no font, no stylesheet', async ({ page }) => {
  const fetched: { url: string; bytes: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (b) => void fetched.push({ url: r.url(), bytes: b.length, gzip: gzipSync(b, { level: 9 }).length }),
        () => undefined,
      ),
    ),
  );
  await page.goto(`${HOSTS}/csp.html`);
  await expectCurves(page.locator('loss-atlas-curves'), 1);
  await Promise.all(pending);
  expect(fetched.map((f) => f.url).toSorted()).toEqual([`${HOSTS}/csp.html`, `${APP}/embed/loss-atlas.js`].toSorted());
  // The figures for the README: what a page downloads before its chart paints.
  for (const f of fetched) console.log(`before paint: ${f.url} ${(f.bytes / 1024).toFixed(1)} KB (${(f.gzip / 1024).toFixed(1)} KB gzip)`);
});

test('a figure taken out of the page and put back draws again', async ({ page }) => {
  await page.goto(`${HOSTS}/plain.html`);
  const figure = page.locator('#huber');
  await expectCurves(figure, 1);
  await page.evaluate(() => {
    const el = document.getElementById('huber')!;
    (window as unknown as { held: Element }).held = el;
    el.remove();
  });
  await expect(figure).toHaveCount(0);
  await page.evaluate(() => document.querySelector('main')!.append((window as unknown as { held: Element }).held));
  await expectCurves(figure, 1);
  await stepHuberDelta(figure);
});

test('a loss beyond the notes’ fetches the catalog chunk, then draws with the registry’s numbers', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(`${HOSTS}/plain.html`);
  await expectCurves(page.locator('#huber'), 1);
  expect(embedRequests(urls).filter((u) => /catalog/.test(u))).toEqual([]);
  await page.evaluate(() => {
    const el = document.createElement('loss-atlas-curves');
    el.id = 'boxes';
    el.setAttribute('loss', 'giou,box_iou');
    el.setAttribute('at', '3');
    document.querySelector('main')!.append(el);
  });
  const figure = page.locator('#boxes');
  await expectCurves(figure, 2);
  expect(embedRequests(urls).filter((u) => /catalog/.test(u))).toHaveLength(1);
  expect(await cursorX(figure)).toBe(3);
  for (const id of ['giou', 'box_iou']) {
    const spec = getLoss(id)!;
    const want = spec.profiles[0]!.value(3, Object.fromEntries(spec.params.map((p) => [p.name, p.default])));
    const row = figure.getByRole('row', { name: new RegExp(`^${spec.title.replace(/[()]/g, '\\$&')}`) });
    const got = parseReadout(await row.getByRole('cell').first().textContent());
    expect(Math.abs(got - want)).toBeLessThanOrEqual(5e-6 * Math.abs(want));
  }
});

test('when the catalog chunk cannot be fetched, the figure says which loss it could not draw', async ({ page }) => {
  await page.route(/\/embed\/assets\/catalog-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  const warnings: string[] = [];
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await page.goto(`${HOSTS}/plain.html`);
  await page.evaluate(() => {
    const el = document.createElement('loss-atlas-curves');
    el.id = 'barron';
    el.setAttribute('loss', 'barron');
    document.querySelector('main')!.append(el);
  });
  const figure = page.locator('#barron');
  await expect(figure.getByText(/Unknown loss “barron”/)).toBeVisible();
  await expectCurves(figure, 1);
  expect(warnings.some((w) => /could not be loaded/.test(w))).toBe(true);
});
