import { alongFirst, gaussianConstant, independentSigmoids, softmaxCrossEntropy } from '../../../src/math/lessons/outputUnits';
import type { LessonSpec } from '../types';
import { bceLogitsInExplorer } from '../saturation/explorerLink';
import { showNumber, texNumber as tex } from '../saturation/format';
import { BinaryFigure } from './BinaryFigure';
import { CategoricalFigure } from './CategoricalFigure';
import { LinearFigure } from './LinearFigure';
import { MultiLabelFigure, multiLabel } from './MultiLabelFigure';
import { FIELDS, INITIAL, binary, type OutputUnitsState } from './state';
import '../saturation/saturation.css';
import './output-units.css';

/** The prediction's case: the first label's logit far above the others. */
const HIGH_Z = 10;

/** d/dz₁ of both multi-label losses at z₁ = HIGH_Z for the state's labels and other logits. */
function pushesAtHigh(s: OutputUnitsState) {
  const { y, q } = multiLabel(s);
  return {
    sigmoids: alongFirst((v) => independentSigmoids(v, y), s.others)(HIGH_Z).grad,
    softmax: alongFirst((v) => softmaxCrossEntropy(v, q), s.others)(HIGH_Z).grad,
  };
}

export const lesson: LessonSpec<OutputUnitsState> = {
  id: 'output-units',
  title: 'Output units and their losses',
  summary: 'Linear, sigmoid, softmax and independent sigmoids: the distribution each unit stands for, the loss that goes with it, and what a wrong pairing does.',
  topics: ['output units', 'maximum likelihood', 'Gaussian', 'Bernoulli', 'categorical', 'multi-label', 'cross-entropy'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Linear unit: Gaussian output',
      body: () => (
        <p>
          A linear unit outputs ŷ = z, the mean of a Gaussian over the target. Its negative log-likelihood is squared error scaled by
          1/σ² plus a constant, log σ + ½ log 2π, that does not move the minimum. It never flattens. Wrong pair: a sigmoid output with
          squared error cannot leave (0, 1), so for a target outside it the loss levels off and the gradient dies.
        </p>
      ),
      formulas: (s) => [
        {
          label: 'Gaussian negative log-likelihood of the linear unit',
          tex: `-\\log \\mathcal N(y;\\,z,\\,\\sigma^2) = \\frac{(y-z)^2}{2\\sigma^2} + \\log\\sigma + \\tfrac12\\log 2\\pi`,
        },
        { label: 'The constant at this σ', tex: `\\log\\sigma + \\tfrac12\\log 2\\pi = ${tex(gaussianConstant(s.sigma))}` },
      ],
      Figure: LinearFigure,
    },
    {
      title: 'Sigmoid unit: Bernoulli output',
      body: () => (
        <p>
          A sigmoid unit gives P(y = 1) = σ(z) for a binary target. Its negative log-likelihood, binary cross-entropy, is softplus((1 −
          2y)z), whose gradient σ(z) − y is large exactly when the answer is wrong. Wrong pairs: squared error on σ(z) flattens where the
          sigmoid saturates; a linear unit with squared error also punishes answers that are right with confidence (z beyond the label).
        </p>
      ),
      formulas: (s) => [
        {
          label: 'Bernoulli negative log-likelihood of the sigmoid unit',
          tex: `-\\log P(y\\mid z) = \\zeta\\big((1-2y)z\\big)`,
        },
        { label: 'Its gradient at this label', tex: `\\partial_z L = \\sigma(z) - y = \\sigma(z) - ${binary(s.y)}` },
      ],
      Figure: BinaryFigure,
      openIn: (s) => bceLogitsInExplorer(s.z),
    },
    {
      title: 'Softmax unit: categorical output',
      body: (s) => (
        <p>
          For one class out of {s.classes}, a softmax unit turns the logits into probabilities that sum to 1, and its negative
          log-likelihood is the cross-entropy −log pₜ. One sigmoid per class with its own logistic loss (one-vs-rest) also trains, but
          nothing makes its probabilities sum to 1: they are not a distribution over the classes.
        </p>
      ),
      formulas: () => [
        { label: 'Categorical negative log-likelihood of the softmax unit', tex: `-\\log \\operatorname{softmax}(z)_t = \\log\\textstyle\\sum_j e^{z_j} - z_t` },
        { label: 'Its gradient', tex: `\\partial_{z_k} L = p_k - [k = t]` },
      ],
      Figure: CategoricalFigure,
    },
    {
      title: 'Independent sigmoids: multi-label output',
      body: () => (
        <p>
          When several labels can hold at once, each gets its own sigmoid and its own logistic loss, and the losses add: the labels are
          independent Bernoullis. A softmax cannot say “yes” to two labels: its probabilities share 1, so it trades one present label
          against another.
        </p>
      ),
      formulas: (s) => {
        const { y, z } = multiLabel(s);
        return [
          {
            label: 'Sum of per-label logistic losses',
            tex: `L = \\textstyle\\sum_k \\zeta\\big((1-2y_k)z_k\\big) = ${tex(independentSigmoids(z, y).value)}`,
          },
        ];
      },
      Figure: MultiLabelFigure,
      predict: {
        question: `Raise the first label's logit to z₁ = ${HIGH_Z}, far above the others. With the labels set here, which loss pushes z₁ back down (a positive dL/dz₁)?`,
        choices: [
          { id: 'sigmoids', label: 'Independent sigmoids' },
          { id: 'softmax', label: 'Softmax + cross-entropy' },
          { id: 'both', label: 'Both' },
          { id: 'neither', label: 'Neither' },
        ],
        answer: (s) => {
          const g = pushesAtHigh(s);
          return g.sigmoids > 0 && g.softmax > 0 ? 'both' : g.sigmoids > 0 ? 'sigmoids' : g.softmax > 0 ? 'softmax' : 'neither';
        },
        explain: (s) => {
          const g = pushesAtHigh(s);
          return (
            <p>
              At z₁ = {HIGH_Z}: independent sigmoids give dL/dz₁ = {showNumber(g.sigmoids)}, which only depends on whether label 1 is present;
              softmax gives {showNumber(g.softmax)}, because the probability z₁ takes is taken from every other label, present or not.
            </p>
          );
        },
      },
    },
  ],
};
