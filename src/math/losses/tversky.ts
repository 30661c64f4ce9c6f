import { LossInputError, num } from '../tensor';
import type { Inputs, LossSpec, ParamSpec, Params } from '../types';
import { MASK_INPUTS, confusionSums, maskBatch, overlapProfile, positive, sampleMask } from './overlap';

/** The Tversky index's parameters, shared with focal_tversky. */
export const TVERSKY_PARAMS: readonly ParamSpec[] = [
  {
    name: 'alpha',
    symbol: '\\alpha',
    default: 0.5,
    range: [0, 5],
    step: 0.05,
    meaning: 'weight of false positives (foreground predicted where there is none)',
  },
  {
    name: 'beta',
    symbol: '\\beta',
    default: 0.5,
    range: [0, 5],
    step: 0.05,
    meaning: 'weight of false negatives (foreground missed); raise it to favour recall',
  },
  {
    name: 'smooth',
    symbol: 's',
    default: 1,
    range: [0, 100],
    step: 0.1,
    meaning: 'added to overlap and denominator: softens the ratio and keeps an empty mask from giving 0/0',
  },
];

/**
 * The Tversky loss T = 1 − (I + s)/(I + α·fp + β·fn + s) of a batch and its gradient, with I = Σpy,
 * fp = Σp(1 − y), fn = Σ(1 − p)y. Written as T = N/D with N = α·fp + β·fn and D = I + N + s, and
 *   ∂T/∂pᵢ = −(β(I + s) + N)/D² on a foreground pixel,  α(I + s)/D² on a background one,
 * so neither the value nor the gradient subtracts near-equal numbers. α, β ≥ 0 weight the two errors.
 */
export function tverskyParts(inputs: Inputs, params: Params): { value: number; grad: number[] } {
  const alpha = num(params, 'alpha');
  const beta = num(params, 'beta');
  if (alpha < 0 || beta < 0) throw new LossInputError('parameters "alpha" and "beta" must be ≥ 0');
  const { p, t } = maskBatch(inputs);
  const { tp, fp, fn } = confusionSums(p, t);
  const hit = tp + num(params, 'smooth');
  const n = alpha * fp + beta * fn;
  const d = positive(hit + n, 'tversky');
  const d2 = d * d;
  return {
    value: n / d,
    grad: t.map((ti) => (ti === 1 ? -(beta * hit + n) / d2 : (alpha * hit) / d2)),
  };
}

const tverskyValue = (inputs: Inputs, params: Params) => tverskyParts(inputs, params).value;
const tverskyGrad = (inputs: Inputs, params: Params) => ({ prob: tverskyParts(inputs, params).grad });

export const tversky: LossSpec = {
  id: 'tversky',
  title: 'Tversky',
  family: 'segmentation',
  purpose: 'Segmentation where misses and false alarms cost differently: Dice with two weights',
  description:
    'An overlap loss that weighs the two kinds of error apart: α scales the false positives and β the false negatives. ' +
    'α = β = ½ is Dice (with twice the smoothing) and α = β = 1 is IoU; raising β above α trades precision for recall, ' +
    'which helps when a missed lesion costs more than a false alarm.',
  useWhen:
    'Small structures are being under-segmented and recall matters more than precision (lesions, vessels), or the ' +
    'other way round: set β > α to punish misses, α > β to punish false alarms.',
  watchOut:
    'The weights change what "good" means, so compare runs with the same α and β; with α or β near 0 one kind of error ' +
    'becomes free and the model can flood or empty the mask.',
  source: {
    label: 'Salehi et al. 2017, Tversky loss function for image segmentation using 3D fully convolutional deep networks',
    url: 'https://arxiv.org/abs/1706.05721',
  },
  reduction: 'one ratio over all pixels of the batch (not a mean of per-sample losses)',
  inputs: MASK_INPUTS,
  params: TVERSKY_PARAMS,
  value: tverskyValue,
  grad: tverskyGrad,
  profiles: [overlapProfile(tverskyValue, tverskyGrad)],
  tex: {
    value: {
      lhs: '\\ell(p)',
      pieces: [
        {
          tex:
            '\\begin{aligned}&1 - \\frac{I + {{smooth}}}{D},\\quad I = \\textstyle\\sum_i p_i y_i, \\\\ ' +
            '&D = I + {{alpha}}\\,F_P + {{beta}}\\,F_N + {{smooth}}, \\\\ ' +
            '&F_P = \\textstyle\\sum_i p_i(1-y_i),\\; F_N = \\sum_i (1-p_i)\\,y_i\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial p_i}',
      pieces: [
        { tex: '\\frac{(1 - {{beta}})(I + {{smooth}}) - D}{D^2}', when: 'y_i = 1' },
        { tex: '\\frac{{{alpha}}\\,(I + {{smooth}})}{D^2}', when: 'y_i = 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code: "segmentation_models_pytorch.losses.TverskyLoss(mode='binary', from_logits=False, smooth={{smooth}}, alpha={{alpha}}, beta={{beta}})",
      note:
        'From the segmentation_models_pytorch library, not torch itself. One ratio over the batch as here, but it returns 0 ' +
        'when the target has no foreground pixel.',
    },
    keras: {
      code: 'keras.losses.Tversky(alpha={{beta}}, beta={{alpha}})',
      note:
        'Keras 3. Its code multiplies the missed foreground Σ(1 − p)y by alpha and the false alarms by beta, the reverse of ' +
        'its docstring, so the two are passed swapped here. No smoothing term (like smooth = 0, with a tiny ε in the ' +
        'denominator); it flattens the batch into one ratio.',
    },
  },
  sample: sampleMask,
};
