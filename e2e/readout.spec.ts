import { expect, test } from './fixtures';

// The readout's header is plain text, not typeset: it names the axis variable without TeX markup.
for (const [link, name] of [
  ['/?loss=arcface&axis=similarity', 'cos θ_y'],
  ['/?loss=hinge,squared_hinge&axis=margin', 'y·s'],
] as const) {
  test(`the readout names the axis "${name}" in plain text (${link})`, async ({ page }) => {
    await page.goto(link);
    const cursor = page.getByRole('status', { name: 'cursor position' });
    await expect(cursor).toBeVisible();
    const caption = cursor.locator('xpath=ancestor::caption');
    await expect(caption).toHaveText(new RegExp(`^At ${name} = \\S+$`));
    await expect(caption).not.toContainText('\\');
  });
}
