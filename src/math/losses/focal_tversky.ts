import { num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { MASK_INPUTS, overlapProfile, sampleMask } from './overlap';
import { TVERSKY_PARAMS, tverskyParts } from './tversky';

/**
 * dℓ/dT of ℓ = T^γ times dT, for the Tversky loss T ≥ 0 and γ > 0: γ·T^(γ−1)·dT. At T = 0 (a perfect
 * mask) the slope of T^γ is 0 for γ > 1, 1 for γ = 1 and unbounded for γ < 1, which is what comes back.
 */
function chain(tv: number, gamma: number, dT: number): number {
  if (gamma === 0) return 0;
  if (tv > 0) return gamma * tv ** (gamma - 1) * dT;
  if (dT === 0 || gamma > 1) return 0;
  return gamma === 1 ? dT : dT * Infinity;
}

/** Focal Tversky loss of a batch: T^γ with T the Tversky loss (tversky.ts) and γ > 0 the focal exponent. */
function parts(inputs: Inputs, params: Params): { value: number; grad: number[] } {
  const gamma = num(params, 'gamma');
  const { value: tv, grad } = tverskyParts(inputs, params);
  return { value: tv ** gamma, grad: grad.map((g) => chain(tv, gamma, g)) };
}

const focalTverskyValue = (inputs: Inputs, params: Params) => parts(inputs, params).value;
const focalTverskyGrad = (inputs: Inputs, params: Params) => ({ prob: parts(inputs, params).grad });

export const focalTversky: LossSpec = {
  id: 'focal_tversky',
  title: 'Focal Tversky',
  family: 'segmentation',
  purpose: 'Tversky raised to a power γ: reshapes how hard the loss pushes near a good mask',
  description:
    'The Tversky loss raised to the power γ. With γ < 1 (the paper that proposed it used 0.75) the curve stays higher ' +
    'and steeper as the loss nears zero, so masks that are already fairly good, typically small hard structures, keep ' +
    'getting a strong gradient; γ = 1 is plain Tversky and γ > 1 flattens out near a good mask instead.',
  useWhen:
    'Tversky already suits your imbalance but training stalls on small or thin structures that are almost, but not ' +
    'quite, segmented.',
  watchOut:
    'With γ < 1 the slope grows without bound as the loss nears 0, so the last stretch of training can be jumpy; ' +
    'the paper writes the exponent as 1/γ (its γ = 4/3 is 0.75 here), so check which convention a γ you copy uses.',
  source: {
    label: 'Abraham & Khan 2019, A Novel Focal Tversky loss function with improved Attention U-Net for lesion segmentation',
    url: 'https://arxiv.org/abs/1810.07842',
  },
  reduction: 'one ratio over all pixels of the batch, then the power γ',
  inputs: MASK_INPUTS,
  params: [
    ...TVERSKY_PARAMS,
    {
      name: 'gamma',
      symbol: '\\gamma',
      default: 0.75,
      range: [0, 5],
      step: 0.05,
      meaning: 'focal exponent on the Tversky loss: below 1 keeps pushing near a good mask, 1 is plain Tversky',
    },
  ],
  value: focalTverskyValue,
  grad: focalTverskyGrad,
  profiles: [overlapProfile(focalTverskyValue, focalTverskyGrad)],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [
        {
          tex:
            '\\begin{aligned}&T^{{{gamma}}},\\quad T = 1 - \\frac{I + {{smooth}}}{D},\\quad I = \\textstyle\\sum_i p_i y_i, \\\\ ' +
            '&D = I + {{alpha}}\\,F_P + {{beta}}\\,F_N + {{smooth}}, \\\\ ' +
            '&F_P = \\textstyle\\sum_i p_i(1-y_i),\\; F_N = \\sum_i (1-p_i)\\,y_i\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p_i}',
      pieces: [{ tex: '{{gamma}}\\,T^{{{gamma}} - 1}\\,\\frac{\\partial T}{\\partial p_i}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: "segmentation_models_pytorch.losses.TverskyLoss(mode='binary', from_logits=False, smooth={{smooth}}, alpha={{alpha}}, beta={{beta}}, gamma={{gamma}})",
      note:
        'From the segmentation_models_pytorch library, not torch itself: its gamma raises the Tversky loss to that power, as ' +
        'here. It returns 0 when the target has no foreground pixel.',
    },
  },
  sample: sampleMask,
};
