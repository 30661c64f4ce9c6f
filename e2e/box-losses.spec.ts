import { getLoss } from '../src/math/losses';
import { expect, test } from './fixtures';
import { expectReadoutMatchesMath, readout } from './helpers';

/** Boxes apart: the link's cursor past the end of the overlap (|x| = 2), where IoU is flat and GIoU is not. */
test('IoU vs GIoU apart: IoU reads 0 for the derivative, GIoU a positive slope back towards the target', async ({ page }) => {
  await page.goto('/?v=2&loss=box_iou,giou&axis=offset&at=3');
  await expectReadoutMatchesMath(page);
  const { rows } = await readout(page);
  expect(rows.get(getLoss('box_iou')!.title)![1]).toBe(0);
  expect(rows.get(getLoss('giou')!.title)![1]).toBeGreaterThan(0);
});
