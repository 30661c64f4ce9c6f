import type { LossSpec } from '../types';
import { boxPairTerms, type Box, type Term } from './boxGeometry';
import { BOX_INPUTS, boxGrad, boxValue, offsetProfile, sampleBoxes } from './boxLoss';

/** DIoU loss of one pair: 1 − IoU + ρ²/(c² + ε), ρ the distance between centres, c the enclosing box's diagonal. */
export function diouPair(p: Box, t: Box): Term {
  const { iou, centre } = boxPairTerms(p, t);
  return {
    v: 1 - iou.v + centre.v,
    d: [centre.d[0] - iou.d[0], centre.d[1] - iou.d[1], centre.d[2] - iou.d[2], centre.d[3] - iou.d[3]],
  };
}

export const diou: LossSpec = {
  id: 'diou',
  title: 'Distance IoU (DIoU)',
  family: 'boxes',
  purpose: 'Box regression that pulls the centres together directly',
  description:
    'The IoU loss plus the squared distance between the two centres, measured against the squared diagonal of ' +
    'the smallest box enclosing both. The extra term points the prediction straight at the target, whether the ' +
    'boxes overlap, are apart, or one contains the other.',
  useWhen:
    'You want overlap-based box regression that converges fast, including when one box sits inside the other ' +
    '(where GIoU reduces to IoU).',
  watchOut:
    'The centre term ignores shape: a box with the right centre but the wrong width and height is only penalised ' +
    'through IoU. CIoU adds a term for the aspect ratio.',
  source: {
    label: 'Zheng et al. 2020, Distance-IoU Loss',
    url: 'https://arxiv.org/abs/1911.08287',
  },
  reduction: 'mean over box pairs',
  inputs: BOX_INPUTS,
  params: [],
  value: (inputs) => boxValue(inputs, diouPair),
  grad: (inputs) => boxGrad(inputs, diouPair),
  profiles: [offsetProfile(diouPair)],
  tex: {
    value: {
      lhs: '\\ell_{\\mathrm{DIoU}}',
      pieces: [
        { tex: '1 - \\frac{I}{U + \\varepsilon} + \\frac{\\rho^2}{c^2 + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '1 + \\frac{\\rho^2}{c^2 + \\varepsilon}', when: '\\text{apart or touching}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\hat b}',
      pieces: [
        { tex: '-\\partial_{\\hat b}\\frac{I}{U + \\varepsilon} + \\partial_{\\hat b}\\frac{\\rho^2}{c^2 + \\varepsilon}', when: 'w_\\cap > 0,\\ h_\\cap > 0' },
        { tex: '\\partial_{\\hat b}\\frac{\\rho^2}{c^2 + \\varepsilon}', when: '\\text{apart or touching}' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: 'torchvision.ops.distance_box_iou_loss(pred, target, reduction="mean")',
      note: 'torchvision, not torch.nn; its default reduction is "none".',
    },
  },
  sample: (rng, n) => sampleBoxes(rng, n),
};
