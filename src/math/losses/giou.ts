import type { LossSpec } from '../types';
import { boxPairTerms, type Box, type Term } from './boxGeometry';
import { BOX_INPUTS, boxGrad, boxValue, offsetProfile, sampleBoxes } from './boxLoss';

/** GIoU loss of one pair: 1 − IoU + (A_c − U)/(A_c + ε), A_c the area of the smallest box enclosing both. */
export function giouPair(p: Box, t: Box): Term {
  const { iou, empty } = boxPairTerms(p, t);
  return {
    v: 1 - (iou.v - empty.v),
    d: [empty.d[0] - iou.d[0], empty.d[1] - iou.d[1], empty.d[2] - iou.d[2], empty.d[3] - iou.d[3]],
  };
}

export const giou: LossSpec = {
  id: 'giou',
  title: 'Generalized IoU (GIoU)',
  family: 'boxes',
  purpose: 'Box regression that still pulls boxes that do not overlap',
  description:
    'The IoU loss plus the share of the smallest enclosing box that neither box covers. While the boxes overlap it ' +
    'behaves much like 1 − IoU; once they are apart the empty share still shrinks as the prediction moves towards ' +
    'the target, so the gradient never vanishes. Its value lies in [0, 2).',
  useWhen:
    'Predictions can start far from their targets (early training, dense detectors) and you still want an ' +
    'overlap-based loss that gives them a direction.',
  watchOut:
    'When one box contains the other the enclosing box is the larger one and the extra term is 0, so GIoU falls ' +
    'back to plain IoU and converges slowly there; DIoU does better.',
  source: {
    label: 'Rezatofighi et al. 2019, Generalized Intersection over Union',
    url: 'https://arxiv.org/abs/1902.09630',
  },
  reduction: 'mean over box pairs',
  inputs: BOX_INPUTS,
  params: [],
  value: (inputs) => boxValue(inputs, giouPair),
  grad: (inputs) => boxGrad(inputs, giouPair),
  profiles: [offsetProfile(giouPair)],
  tex: {
    value: {
      lhs: '\\ell_{\\mathrm{GIoU}}',
      pieces: [
        { tex: '1 - \\frac{I}{U + \\varepsilon} + \\frac{A_c - U}{A_c + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '1 + \\frac{A_c - U}{A_c + \\varepsilon}', when: '\\text{apart or touching}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\hat b}',
      pieces: [
        { tex: '-\\partial_{\\hat b}\\frac{I}{U + \\varepsilon} + \\partial_{\\hat b}\\frac{A_c - U}{A_c + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '\\partial_{\\hat b}\\frac{A_c - U}{A_c + \\varepsilon}', when: '\\text{apart or touching}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torchvision.ops.generalized_box_iou_loss(pred, target, reduction="mean")',
      note: 'torchvision, not torch.nn; its default reduction is "none".',
    },
    keras: {
      code: 'keras_cv.losses.GIoULoss(bounding_box_format="xyxy")',
      note: 'KerasCV; the box format must be named, and calls take (y_true, y_pred).',
    },
  },
  sample: (rng, n) => sampleBoxes(rng, n),
};
