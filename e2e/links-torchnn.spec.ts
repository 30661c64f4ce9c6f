import { getLoss } from '../src/math/losses';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, lossChart, viewFromUrl } from './helpers';

const IDS = [
  'nll', 'weighted_ce', 'multilabel_soft_margin', 'multilabel_margin', 'poisson_nll', 'gaussian_nll',
  'soft_margin', 'hinge_embedding', 'cosine_embedding', 'triplet_cosine', 'supcon', 'center',
];

for (const id of IDS) {
  test(`a link to ${id} draws it over its first axis, with a readout that matches src/math`, async ({ page }) => {
    const spec = getLoss(id)!;
    await page.goto(`/?loss=${id}`);
    await expect(lossChart(page).locator(`canvas[data-series~="${id}"]`)).toHaveCount(1);
    expect(viewFromUrl(page).axis).toBe(spec.profiles[0]!.axis);
    await expectReadoutMatchesMath(page);
    await expect(page.getByRole('region', { name: 'Notices' }).getByRole('paragraph')).toHaveCount(0);
  });
}

test('poisson_nll: switching log_input and full by their menus moves the curve as src/math says', async ({ page }) => {
  await page.goto('/?loss=poisson_nll');
  const params = page.getByRole('region', { name: 'Parameters' });
  await params.getByRole('combobox', { name: /log_input/ }).selectOption('false');
  await expect.poll(() => viewFromUrl(page).values.poisson_nll?.log_input).toBe('false');
  await expectReadoutMatchesMath(page);
  await params.getByRole('combobox', { name: /full/ }).selectOption('true');
  await expect.poll(() => viewFromUrl(page).values.poisson_nll?.full).toBe('true');
  await expectReadoutMatchesMath(page);
});
