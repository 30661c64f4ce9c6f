import { sigmoid } from '../../../src/math/numerics';
import { sigmoidCe, sigmoidMse, softmaxCe, softmaxMse, trueClassLogits } from '../../../src/math/lessons/saturation';
import { bceFromLogit, bceFromProbability } from '../../../src/math/lessons/saturationPrecision';
import type { LessonSpec } from '../types';
import { bceLogitsInExplorer } from './explorerLink';
import { showNumber, texNumber as tex } from './format';
import { PrecisionFigure } from './PrecisionFigure';
import { SigmoidFigure } from './SigmoidFigure';
import { SoftmaxFigure } from './SoftmaxFigure';
import { FIELDS, INITIAL, label, type SaturationState } from './state';
import './saturation.css';

/** The prediction question's case: confidently wrong, and how large a gradient counts as a push. */
const WRONG_Z = -8;
const PUSH = 0.1;

export const lesson: LessonSpec<SaturationState> = {
  id: 'saturation',
  title: 'Saturation',
  summary: 'Why a sigmoid or softmax output is trained with cross-entropy and not squared error: the gradient with respect to the logit.',
  topics: ['saturation', 'sigmoid', 'softmax', 'cross-entropy', 'mean squared error', 'output units', 'numerical stability'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Sigmoid: squared error against cross-entropy',
      body: () => (
        <p>
          The gradient dL/dz is how hard training pushes the logit. With squared error on σ(z) it carries the factor σ(z)(1 − σ(z)),
          which vanishes wherever the sigmoid is flat — also when the answer is wrong. Cross-entropy, the Bernoulli negative
          log-likelihood, is softplus((1 − 2y)z): with the wrong sign it grows like |z|, so its push stays near 1. A linear unit
          never flattens (tick the box to draw it).
        </p>
      ),
      formulas: (s) => {
        const y = label(s);
        return [
          { label: 'Gradient of sigmoid plus squared error', tex: `\\partial_z L_{\\text{SE}} = (\\sigma-y)\\,\\sigma(1-\\sigma)` },
          { label: 'Gradient of sigmoid plus cross-entropy', tex: `\\partial_z L_{\\text{CE}} = \\sigma - y` },
          { label: 'Both gradients at the cursor', tex: `${tex(sigmoidMse(s.z, y).grad)} \\quad\\text{and}\\quad ${tex(sigmoidCe(s.z, y).grad)}` },
        ];
      },
      Figure: SigmoidFigure,
      predict: {
        question:
          `The label is y = 1 but the logit is z = ${showNumber(WRONG_Z)}, so σ(z) = ${showNumber(sigmoid(WRONG_Z))}: confidently wrong. ` +
          `Which loss still pushes z up, with a gradient of size at least ${PUSH}?`,
        choices: [
          { id: 'mse', label: 'Sigmoid + squared error' },
          { id: 'ce', label: 'Sigmoid + cross-entropy' },
          { id: 'both', label: 'Both' },
          { id: 'neither', label: 'Neither' },
        ],
        answer: () => {
          const mse = Math.abs(sigmoidMse(WRONG_Z, 1).grad) >= PUSH;
          const ce = Math.abs(sigmoidCe(WRONG_Z, 1).grad) >= PUSH;
          return mse && ce ? 'both' : ce ? 'ce' : mse ? 'mse' : 'neither';
        },
        explain: () => (
          <p>
            Cross-entropy: its gradient is σ(z) − 1 = {showNumber(sigmoidCe(WRONG_Z, 1).grad)}, almost the largest it can be. Squared
            error multiplies the error σ(z) − 1 by σ(z)(1 − σ(z)) = {showNumber(sigmoid(WRONG_Z) * sigmoid(-WRONG_Z))}, leaving{' '}
            {showNumber(sigmoidMse(WRONG_Z, 1).grad)}: the unit is saturated and the worst mistake is barely corrected.
          </p>
        ),
      },
      openIn: (s) => bceLogitsInExplorer(s.z),
    },
    {
      title: 'Softmax: the same with K classes',
      body: (s) => (
        <p>
          Move the true class's logit while the other {s.classes - 1} stay at 0. Far below them its probability is near 0 and flat, and
          squared error on the probabilities goes flat with it. Cross-entropy's gradient is p − 1: the log undoes the exp, log softmax(z)ₜ =
          zₜ − log Σⱼ exp zⱼ, and the first term cannot saturate.
        </p>
      ),
      formulas: (s) => {
        const z = trueClassLogits(s.z, s.classes);
        return [
          { label: 'Gradient of softmax plus squared error along the true logit', tex: `\\partial_{z_t} L_{\\text{SE}} = \\textstyle\\sum_j (p_j-y_j)\\,p_j(\\delta_{jt}-p_t)` },
          { label: 'Gradient of softmax plus cross-entropy along the true logit', tex: `\\partial_{z_t} L_{\\text{CE}} = p_t - 1` },
          { label: 'Both gradients at the cursor', tex: `${tex(softmaxMse(z, 0).grad[0]!)} \\quad\\text{and}\\quad ${tex(softmaxCe(z, 0).grad[0]!)}` },
        ];
      },
      Figure: SoftmaxFigure,
    },
    {
      title: 'Compute it from the logit',
      body: () => (
        <p>
          Far from 0, σ(z) rounds to exactly 0 or 1, in float32 much sooner than in float64. Then log σ(z) is −∞ and the loss is
          infinite. Clipping the probability keeps it finite but caps it near −log 10⁻⁷ and stops the gradient. The softplus form never
          computes σ(z) and stays exact: use the framework's loss “with logits”.
        </p>
      ),
      formulas: (s) => {
        const y = label(s);
        return [
          { label: 'Cross-entropy written in the logit', tex: `-\\log\\sigma\\big((2y-1)z\\big) = \\zeta\\big((1-2y)z\\big)` },
          { label: 'Softplus without overflow', tex: `\\zeta(x) = \\max(x,0) + \\log\\big(1+e^{-|x|}\\big)` },
          { label: 'Float64 from the probability and from the logit', tex: `\\text{from } \\sigma(z)\\text{: } ${tex(bceFromProbability(s.zx, y, 'float64'))}, \\quad \\text{from } z\\text{: } ${tex(bceFromLogit(s.zx, y, 'float64'))}` },
        ];
      },
      Figure: PrecisionFigure,
    },
  ],
};
