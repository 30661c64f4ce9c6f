import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, viewFromUrl } from './helpers';

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
