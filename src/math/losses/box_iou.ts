import type { LossSpec } from '../types';
import { boxPairTerms, type Box, type Term } from './boxGeometry';
import { BOX_INPUTS, boxGrad, boxValue, offsetProfile, sampleBoxes } from './boxLoss';

/** 1 − IoU of one pair, IoU = I/(U + ε): 1 for boxes that do not overlap, whatever the distance between them. */
export function boxIouPair(p: Box, t: Box): Term {
  const { iou } = boxPairTerms(p, t);
  return { v: 1 - iou.v, d: [0 - iou.d[0], 0 - iou.d[1], 0 - iou.d[2], 0 - iou.d[3]] };
}

export const boxIou: LossSpec = {
  id: 'box_iou',
  title: 'IoU loss (1 − IoU)',
  family: 'boxes',
  purpose: 'Box regression scored by overlap: one minus intersection over union',
  description:
    'One minus the intersection over union of a predicted box and its target. It judges a box the way detection ' +
    'benchmarks do and is unchanged when both boxes are scaled together. But once the boxes stop overlapping it is 1 ' +
    'wherever the prediction sits, so its gradient there is exactly zero.',
  useWhen:
    'Predicted and target boxes already overlap (a refinement stage, anchors matched by IoU) and you want the ' +
    'training signal to be the overlap that evaluation will measure.',
  watchOut:
    'A prediction that misses its target entirely gets no gradient at all, so nothing pulls it back; use GIoU or ' +
    'DIoU when boxes can start apart.',
  source: { label: 'torchvision.ops.box_iou', url: 'https://pytorch.org/vision/stable/generated/torchvision.ops.box_iou.html' },
  reduction: 'mean over box pairs',
  inputs: BOX_INPUTS,
  params: [],
  value: (inputs) => boxValue(inputs, boxIouPair),
  grad: (inputs) => boxGrad(inputs, boxIouPair),
  profiles: [offsetProfile(boxIouPair)],
  tex: {
    value: {
      lhs: '\\ell_{\\mathrm{IoU}}',
      pieces: [
        { tex: '1 - \\frac{I}{U + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '1', when: '\\text{apart or touching}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\hat b}',
      pieces: [
        { tex: '-\\partial_{\\hat b}\\frac{I}{U + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '0', when: '\\text{apart or touching}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: '(1 - torchvision.ops.box_iou(pred, target).diag()).mean()',
      note:
        'torchvision, not torch.nn. box_iou compares every pair, so take the diagonal; it has no ε and clamps the ' +
        'overlap at 0, so its value differs by about 1e-7/U and boxes that just touch get a gradient of their own.',
    },
    keras: {
      code: 'keras_cv.losses.IoULoss(bounding_box_format="xyxy", mode="linear")',
      note: 'KerasCV; the box format must be named, the default mode is "log" (−log IoU), and calls take (y_true, y_pred).',
    },
  },
  sample: (rng, n) => sampleBoxes(rng, n),
};
