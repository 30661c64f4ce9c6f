import type { LossSpec } from '../types';
import { boxPairTerms, type Box, type Term } from './boxGeometry';
import { BOX_INPUTS, boxGrad, boxValue, offsetProfile, sampleBoxes } from './boxLoss';

/**
 * CIoU loss of one pair: the DIoU loss + α·v, v = (4/π²)(atan(w_t/h_t) − atan(w_p/h_p))² the aspect-ratio gap and
 * α = v/(1 − IoU + v + ε). α is a constant in the gradient, as torchvision computes it without one, so the
 * gradient is ∂DIoU + α·∂v and not the derivative of the value.
 */
export function ciouPair(p: Box, t: Box): Term {
  const { iou, centre, aspect, alpha } = boxPairTerms(p, t);
  const d = (k: 0 | 1 | 2 | 3) => centre.d[k] - iou.d[k] + alpha * aspect.d[k];
  return { v: 1 - iou.v + centre.v + alpha * aspect.v, d: [d(0), d(1), d(2), d(3)] };
}

export const ciou: LossSpec = {
  id: 'ciou',
  title: 'Complete IoU (CIoU)',
  family: 'boxes',
  purpose: 'Box regression on overlap, centre distance and aspect ratio at once',
  description:
    'DIoU plus a term for the difference in aspect ratio, measured as the gap between the angles atan(w/h) of the ' +
    'two boxes. Its weight α grows as the overlap improves, so shape matters most once the box is in the right ' +
    'place. For a prediction with the target\u2019s aspect ratio it equals DIoU.',
  useWhen:
    'You regress boxes whose shape varies a lot (people, vehicles, text lines) and want width and height to match, ' +
    'not only the overlap and the centre.',
  watchOut:
    'α is held constant in the gradient, so the gradient is not the derivative of the value; and the aspect term ' +
    'alone cannot tell a box from a scaled copy of it.',
  source: {
    label: 'Zheng et al. 2020, Distance-IoU Loss (CIoU)',
    url: 'https://arxiv.org/abs/1911.08287',
  },
  reduction: 'mean over box pairs',
  inputs: BOX_INPUTS,
  params: [],
  value: (inputs) => boxValue(inputs, ciouPair),
  grad: (inputs) => boxGrad(inputs, ciouPair),
  profiles: [offsetProfile(ciouPair)],
  tex: {
    value: {
      lhs: '\\ell_{\\mathrm{CIoU}}',
      pieces: [
        { tex: '1 - \\frac{I}{U + \\varepsilon} + \\frac{\\rho^2}{c^2 + \\varepsilon} + \\alpha v', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '1 + \\frac{\\rho^2}{c^2 + \\varepsilon} + \\alpha v', when: '\\text{apart or touching}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\hat b}',
      pieces: [
        { tex: '-\\partial_{\\hat b}\\frac{I}{U + \\varepsilon} + \\partial_{\\hat b}\\frac{\\rho^2}{c^2 + \\varepsilon} + \\alpha\\,\\partial_{\\hat b} v', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '\\partial_{\\hat b}\\frac{\\rho^2}{c^2 + \\varepsilon} + \\alpha\\,\\partial_{\\hat b} v', when: '\\text{apart or touching}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torchvision.ops.complete_box_iou_loss(pred, target, reduction="mean")',
      note: 'torchvision, not torch.nn; its default reduction is "none".',
    },
    keras: {
      code: 'keras_cv.losses.CIoULoss(bounding_box_format="xyxy")',
      note: 'KerasCV; the box format must be named, calls take (y_true, y_pred), and its ε placement is its own.',
    },
  },
  // Every prediction keeps its target's aspect ratio (v = 0): α is held constant in the gradient, so off that set
  // the gradient is not the derivative a finite difference measures. boxes.test.ts checks the aspect term with α frozen.
  sample: (rng, n) => sampleBoxes(rng, n, true),
};
