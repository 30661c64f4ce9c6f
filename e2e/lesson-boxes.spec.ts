import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getLoss } from '../src/math/losses';
import { expect, parseReadout, test } from './fixtures';

/**
 * The Boxes lesson: the four box losses and their gradients the page shows, for the boxes in the link and after
 * moving the predicted box by keyboard and by mouse, against the registry's own value and grad computed here.
 * The table shows four decimals (tiny values in exponent form), so a value read back is within half a unit of
 * the fourth decimal or three significant digits.
 */
type Box = [number, number, number, number];
const TARGET: Box = [3, 3.5, 6, 5.5];
const LOSSES = [['box_iou', 'IoU'], ['giou', 'GIoU'], ['diou', 'DIoU'], ['ciou', 'CIoU']] as const;
const COORDS = ['x1', 'y1', 'x2', 'y2'] as const;

const open = (page: Page, step: number, query: string) => page.goto(`/?view=lesson&id=boxes&step=${step}&${query}`);
const shown = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const within = (want: number) => Math.max(5e-5, 5e-3 * Math.abs(want)) + 1e-12;

function registry(id: string, pred: Box, target: Box) {
  const spec = getLoss(id)!;
  const inputs = { pred: [pred], target: [target] };
  return { value: spec.value(inputs, {}), grad: (spec.grad(inputs, {}).pred as number[][])[0]! };
}

/** Every value and (when shown) every gradient in the table is the registry's for this pair. */
async function tableIsRegistry(page: Page, pred: Box, grads = true) {
  for (const [id, name] of LOSSES) {
    const want = registry(id, pred, TARGET);
    const checks: [string, number][] = [[`${name} value`, want.value]];
    if (grads) COORDS.forEach((c, k) => checks.push([`${name} ∂/∂${c}`, want.grad[k]!]));
    for (const [label, w] of checks) {
      await expect
        .poll(async () => Math.abs(parseReadout(await shown(page, label).textContent()) - w), { message: label })
        .toBeLessThanOrEqual(within(w));
    }
  }
}

/** The predicted box, from the move handle's value text “x1 4, y1 4, x2 7, y2 6.5”. */
async function predBox(page: Page): Promise<Box> {
  const t = (await page.getByRole('slider', { name: 'predicted box', exact: true }).getAttribute('aria-valuetext')) ?? '';
  const m = /^x1 (\S+), y1 (\S+), x2 (\S+), y2 (\S+)$/.exec(t);
  if (!m) throw new Error(`unexpected value text “${t}”`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

async function dragBy(page: Page, name: string, dx: number, dy: number) {
  const b = (await page.getByRole('slider', { name, exact: true }).boundingBox())!;
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

test.describe('lesson: boxes', () => {
  test('step 1: the table is the registry’s for the link’s boxes, after key moves and after mouse drags', async ({ page }) => {
    await open(page, 1, 'pred=4,4,7,6.5');
    await tableIsRegistry(page, [4, 4, 7, 6.5]);

    const left = page.getByRole('slider', { name: 'left edge x1', exact: true });
    await left.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(left).toHaveAttribute('aria-valuetext', 'x1 = 4.3');
    await page.keyboard.press('ArrowUp'); // not this edge's axis: nothing moves
    await expect(left).toHaveAttribute('aria-valuetext', 'x1 = 4.3');
    const move = page.getByRole('slider', { name: 'predicted box', exact: true });
    await move.focus();
    await page.keyboard.press('Shift+ArrowDown');
    expect(await predBox(page)).toEqual([4.3, 4.5, 7, 7]);
    await tableIsRegistry(page, [4.3, 4.5, 7, 7]);
    await expect.poll(() => decodeURIComponent(page.url())).toContain('pred=4.3,4.5,7,7');

    await dragBy(page, 'predicted box', -60, -25);
    const moved = await predBox(page);
    expect(moved).not.toEqual([4.3, 4.5, 7, 7]);
    expect(moved[2] - moved[0]).toBeCloseTo(2.7, 9);
    await tableIsRegistry(page, moved);
    await dragBy(page, 'bottom edge y2', 0, 40);
    const resized = await predBox(page);
    expect(resized[3]).toBeGreaterThan(moved[3]);
    expect(resized.slice(0, 3)).toEqual(moved.slice(0, 3));
    await tableIsRegistry(page, resized);
  });

  test('step 2: apart, IoU’s gradient is exactly 0 and GIoU’s is not; axe is clean with the arrows drawn', async ({ page }) => {
    await open(page, 2, 'pred=4,4,7,6.5&arrows=box_iou');
    await expect(shown(page, 'IoU ∂/∂x1')).toHaveCount(0);
    await page.getByRole('button', { name: 'Set them apart' }).click();
    await page.getByRole('radio', { name: 'GIoU, DIoU and CIoU, but not IoU', exact: true }).check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.getByText(/^Right:/)).toBeVisible();
    const apart = await predBox(page);
    expect(apart[0]).toBeGreaterThan(TARGET[2]);
    for (const c of COORDS) await expect(shown(page, `IoU ∂/∂${c}`)).toHaveText('0');
    await expect(page.getByText('IoU’s gradient is exactly 0 here: no arrows.')).toBeVisible();
    await expect(shown(page, 'IoU value')).toHaveText('1.0000');
    const giou = registry('giou', apart, TARGET);
    expect(giou.grad.some((g) => g !== 0)).toBe(true);
    await tableIsRegistry(page, apart);

    await page.getByRole('combobox', { name: /descent direction of/ }).selectOption('giou');
    await expect(page.locator('.boxes-arrows line')).not.toHaveCount(0);
    const res = await new AxeBuilder({ page }).analyze();
    const serious = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('a bad box in the link gives a notice and the lesson’s own box', async ({ page }) => {
    await open(page, 1, 'pred=5,1,2,3');
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText('pred');
    expect(await predBox(page)).toEqual([4, 4, 7, 6.5]);
  });
});
