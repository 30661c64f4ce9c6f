import { getLoss } from '../src/math/losses';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, readout } from './helpers';

/**
 * A link to each box loss opens it over the box offset; the readout is the registry's profile at the cursor on
 * both sides of the overlap's end (|x| = 2), and the card shows its torchvision call.
 */
const CALLS: Readonly<Record<string, string>> = {
  box_iou: 'torchvision.ops.box_iou(pred, target)',
  giou: 'torchvision.ops.generalized_box_iou_loss(pred, target',
  diou: 'torchvision.ops.distance_box_iou_loss(pred, target',
  ciou: 'torchvision.ops.complete_box_iou_loss(pred, target',
};

for (const [id, call] of Object.entries(CALLS)) {
  test(`a link to ${id} draws it over the offset, with the registry's numbers and its torchvision call`, async ({ page }) => {
    for (const at of [1, 3]) {
      await page.goto(`/?v=2&loss=${id}&axis=offset&at=${at}`);
      await expectReadoutMatchesMath(page);
    }
    await expect(page.getByText(call).first()).toBeVisible();
    if (id === 'box_iou') {
      // apart (x = 3): the IoU loss is 1 with derivative exactly 0
      const row = (await readout(page)).rows.get(getLoss(id)!.title)!;
      expect(row[0]).toBe(1);
      expect(row[1]).toBe(0);
    }
  });
}

test('IoU vs GIoU apart: IoU reads 0 for the derivative, GIoU a positive slope back towards the target', async ({ page }) => {
  await page.goto('/?v=2&loss=box_iou,giou&axis=offset&at=3');
  await expectReadoutMatchesMath(page);
  const { rows } = await readout(page);
  expect(rows.get(getLoss('box_iou')!.title)![1]).toBe(0);
  expect(rows.get(getLoss('giou')!.title)![1]).toBeGreaterThan(0);
});
