import { num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { MASK_INPUTS, confusionSums, maskBatch, overlapProfile, positive, sampleMask } from './overlap';

const smoothOf = (p: Params) => num(p, 'smooth');

interface IouParts {
  /** I + s: the overlap plus smooth. */
  readonly hit: number;
  /** The soft mismatch fp + fn. */
  readonly miss: number;
  /** The soft union plus smooth, U = Σp + Σy − Σpy + s = I + fp + fn + s. */
  readonly union: number;
}

function iouParts(inputs: Inputs, params: Params): IouParts & { t: readonly number[] } {
  const { p, t } = maskBatch(inputs);
  const { tp, fp, fn } = confusionSums(p, t);
  const hit = tp + smoothOf(params);
  const miss = fp + fn;
  return { hit, miss, union: positive(hit + miss, 'iou'), t };
}

/**
 * Soft IoU (Jaccard) loss of a batch: 1 − (Σpy + s)/(Σp + Σy − Σpy + s), p the predicted probabilities,
 * y the 0/1 mask, s ≥ 0 the smoothing. Evaluated as (fp + fn)/U, one fraction with no 1 − (≈ 1).
 */
export function iouValue(inputs: Inputs, params: Params): number {
  const { miss, union } = iouParts(inputs, params);
  return miss / union;
}

/** ∂/∂pᵢ: −1/U on a foreground pixel, (I + s)/U² on a background one. */
export function iouGrad(inputs: Inputs, params: Params): { prob: number[] } {
  const { hit, union, t } = iouParts(inputs, params);
  return { prob: t.map((ti) => (ti === 1 ? -1 / union : hit / (union * union))) };
}

export const iou: LossSpec = {
  id: 'iou',
  title: 'IoU (soft Jaccard)',
  family: 'segmentation',
  purpose: 'Segmentation scored by intersection over union: one minus the soft Jaccard index',
  description:
    'One minus the soft intersection over union of the predicted and true masks: the shared mass divided by the mass ' +
    'that either mask covers. Like Dice it is one ratio over the whole batch, so a small object weighs as much as a ' +
    'large background; it punishes a partial overlap more than Dice does, since IoU = D/(2 − D) for the Dice score D.',
  useWhen:
    'The metric you report is IoU (mean IoU in semantic segmentation) and you want the training loss to follow it, ' +
    'especially when the foreground is a small part of each image.',
  watchOut:
    'The batch is one ratio, so an image with no foreground contributes only false positives; early in training the ' +
    'gradients can be small and noisy, which is why it is often paired with cross-entropy.',
  source: {
    label: 'segmentation_models_pytorch.losses.JaccardLoss',
    url: 'https://smp.readthedocs.io/en/latest/losses.html',
  },
  reduction: 'one ratio over all pixels of the batch (not a mean of per-sample losses)',
  inputs: MASK_INPUTS,
  params: [
    {
      name: 'smooth',
      symbol: 's',
      default: 1,
      range: [0, 100],
      step: 0.1,
      meaning: 'added to overlap and union: softens the ratio and keeps an empty mask from giving 0/0',
    },
  ],
  value: iouValue,
  grad: iouGrad,
  profiles: [overlapProfile(iouValue, iouGrad)],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [
        {
          tex:
            '\\begin{aligned}&1 - \\frac{I + {{smooth}}}{U}, \\\\ ' +
            '&I = \\textstyle\\sum_i p_i y_i,\\; U = \\sum_i p_i + \\sum_i y_i - I + {{smooth}}\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p_i}',
      pieces: [
        { tex: '-\\frac{1}{U}', when: 'y_i = 1' },
        { tex: '\\frac{I + {{smooth}}}{U^2}', when: 'y_i = 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: "segmentation_models_pytorch.losses.JaccardLoss(mode='binary', from_logits=False, smooth={{smooth}})",
      note:
        'From the segmentation_models_pytorch library, not torch itself. In binary mode it is one ratio over the batch, as ' +
        'here, but it returns 0 when the target has no foreground pixel, where this definition still counts the false positives.',
    },
  },
  sample: sampleMask,
};
