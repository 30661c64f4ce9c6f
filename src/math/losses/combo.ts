import { mean } from '../numerics';
import { num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { bceAt, bceDerivAt } from './bce';
import { MASK_INPUTS, confusionSums, maskBatch, overlapProfile, positive, sampleMask } from './overlap';

/**
 * Combo loss of a batch: α·BCE + (1 − α)·Dice, with BCE = mean_i −[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)]
 * (PyTorch's BCELoss, each log capped at −100) and Dice = 1 − (2Σpy + s)/(Σp + Σy + s). α ∈ [0, 1] mixes.
 * Dice is taken as (fp + fn)/B with B = 2I + fp + fn + s, and its gradient as −(B + fp + fn)/B² on a
 * foreground pixel and (2I + s)/B² on a background one: one fraction each, nothing cancels.
 */
function parts(inputs: Inputs, params: Params): { value: number; grad: number[] } {
  const alpha = num(params, 'alpha');
  const { p, t } = maskBatch(inputs);
  const n = p.length;
  const { tp, fp, fn } = confusionSums(p, t);
  const miss = fp + fn;
  const hit2 = 2 * tp + num(params, 'smooth');
  const b = positive(hit2 + miss, 'the Dice part of combo');
  const b2 = b * b;
  const bce = mean(p.map((pi, i) => bceAt(pi, t[i]!)));
  return {
    value: alpha * bce + (1 - alpha) * (miss / b),
    grad: p.map((pi, i) => {
      const dDice = t[i] === 1 ? -(b + miss) / b2 : hit2 / b2;
      return (alpha * bceDerivAt(pi, t[i]!)) / n + (1 - alpha) * dDice;
    }),
  };
}

const comboValue = (inputs: Inputs, params: Params) => parts(inputs, params).value;
const comboGrad = (inputs: Inputs, params: Params) => ({ prob: parts(inputs, params).grad });

export const combo: LossSpec = {
  id: 'combo',
  title: 'Combo (BCE + Dice)',
  family: 'segmentation',
  purpose: 'Segmentation that mixes per-pixel cross-entropy with the Dice overlap of the mask',
  description:
    'A weighted sum of binary cross-entropy, averaged over pixels, and the Dice loss of the whole mask. Cross-entropy ' +
    'gives every pixel a smooth, well-scaled gradient from the first step; Dice keeps a small foreground from being ' +
    'drowned by the background. α = 1 is pure BCE and α = 0 pure Dice.',
  useWhen:
    'Dice alone trains unsteadily (small or empty masks early on) but BCE alone under-segments a small foreground: ' +
    'the mix is a common default for medical and satellite segmentation.',
  watchOut:
    'The two terms live on different scales (BCE is unbounded, Dice stays in [0, 1]), so the best α depends on the ' +
    'data; the paper that named it also weights the two classes inside the cross-entropy, which this form leaves out.',
  source: {
    label: 'Taghanaki et al. 2019, Combo loss: handling input and output imbalance in multi-organ segmentation',
    url: 'https://arxiv.org/abs/1805.02798',
  },
  reduction: 'BCE: mean over pixels; Dice: one ratio over all pixels of the batch',
  inputs: MASK_INPUTS,
  params: [
    {
      name: 'alpha',
      symbol: '\\alpha',
      default: 0.5,
      range: [0, 1],
      step: 0.05,
      meaning: 'share of cross-entropy in the mix: 1 is pure BCE, 0 pure Dice',
    },
    {
      name: 'smooth',
      symbol: 's',
      default: 1,
      range: [0, 100],
      step: 0.1,
      meaning: "added to the Dice term's overlap and total: softens it and keeps an empty mask from giving 0/0",
    },
  ],
  value: comboValue,
  grad: comboGrad,
  profiles: [{ ...overlapProfile(comboValue, comboGrad), defined: [0, 1] }],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [
        {
          tex:
            '\\begin{aligned}&{{alpha}}\\cdot\\frac{1}{n}\\sum_i -\\bigl[y_i\\log p_i + (1-y_i)\\log(1-p_i)\\bigr] \\\\ ' +
            '&+ (1-{{alpha}})\\Bigl(1 - \\frac{2\\sum_i p_i y_i + {{smooth}}}{\\sum_i p_i + \\sum_i y_i + {{smooth}}}\\Bigr)\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p_i}',
      pieces: [
        {
          tex: '\\begin{aligned}&\\frac{{{alpha}}}{n}\\,\\frac{p_i - y_i}{p_i(1-p_i)} + (1-{{alpha}})\\,\\frac{(1-2y_i)\\,B - D}{B^2}, \\\\ ' +
            '&B = \\textstyle\\sum_i p_i + \\sum_i y_i + {{smooth}}, \\\\ &D = \\textstyle\\sum_i \\bigl[p_i(1-y_i) + y_i(1-p_i)\\bigr]\\end{aligned}',
          when: '',
        },
      ],
    },
  },
  calls: {},
  sample: sampleMask,
};
