import { LOSSES } from '../src/math/losses';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, viewFromUrl } from './helpers';

/**
 * A link to each loss in the registry (`?loss=<id>`): the chart draws it over its first axis, the readout
 * matches src/math, and its card names when to use it, what to watch out for and where it comes from.
 */
for (const spec of LOSSES) {
  test(`a link to ${spec.id} opens it with its card`, async ({ page }) => {
    await page.goto(`/?loss=${spec.id}`);
    await expect(lossChart(page).locator(`canvas[data-series~="${spec.id}"]`)).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(spec.title);
    expect(viewFromUrl(page).axis).toBe(spec.profiles[0]!.axis);
    await expectReadoutMatchesMath(page);
    await expect(page.getByRole('region', { name: 'Notices' }).getByRole('paragraph')).toHaveCount(0);
    const card = page.getByRole('figure', { name: spec.title, exact: true });
    const notes = card.getByRole('definition');
    await expect(notes.filter({ hasText: spec.useWhen })).toHaveCount(1);
    await expect(notes.filter({ hasText: spec.watchOut })).toHaveCount(1);
    const source = card.getByRole('term').filter({ hasText: /^From$/ });
    await expect(source).toHaveCount(1);
    if (spec.source.url) await expect(card.getByRole('link', { name: spec.source.label, exact: true })).toHaveAttribute('href', spec.source.url);
  });
}

test('a loss card links to the lessons that show it, and the link opens the lesson', async ({ page }) => {
  await page.goto('/?loss=triplet');
  const card = page.getByRole('figure', { name: 'Triplet margin', exact: true });
  await card.getByRole('link', { name: 'the lesson “Metric learning in a plane”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Metric learning in a plane');
});
