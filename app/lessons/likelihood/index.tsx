import { fitLogits, frequencies, nllAffine } from '../../../src/math/lessons/likelihood';
import type { LessonSpec } from '../types';
import { BernoulliFigure } from './BernoulliFigure';
import { CategoricalFigure } from './CategoricalFigure';
import { noiseFigure } from './NoiseFigure';
import { PriorFigure } from './PriorFigure';
import { short } from './Readouts';
import { FIELDS, INITIAL, type LikelihoodState } from './state';

const explorer = (losses: string, extra = '') => ({
  label: 'Open this loss in the explorer',
  href: `/?v=2&loss=${losses}${extra}`,
});

export const lesson: LessonSpec<LikelihoodState> = {
  id: 'likelihood',
  title: 'Losses from likelihoods',
  summary: 'Pick a noise model, take the negative log-likelihood, and a familiar loss falls out: MSE, MAE, BCE, CE; priors become L2 and L1.',
  topics: ['maximum likelihood', 'Gaussian noise and MSE', 'Laplace noise and MAE', 'Bernoulli and BCE', 'categorical and CE', 'MAP and priors'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Gaussian noise gives squared error',
      body: () => (
        <p>
          Say each target is the prediction c plus Gaussian noise of spread σ. Training by maximum likelihood means choosing c to
          make the targets most probable, that is, to minimise the mean negative log-likelihood. Move c on the chart (or with its
          slider) and change σ.
        </p>
      ),
      formulas: () => [
        {
          label: 'negative log-likelihood of one target under Gaussian noise',
          tex: `-\\log \\mathcal{N}(y;\\,c,\\,\\sigma^2) = \\frac{(y - c)^2}{2\\sigma^2} + \\tfrac12\\log(2\\pi\\sigma^2)`,
        },
      ],
      Figure: noiseFigure('gaussian', 'nll'),
      predict: {
        question: 'Make σ larger. What happens to the c with the smallest NLL?',
        choices: [
          { id: 'stays', label: 'it stays where the MSE is smallest' },
          { id: 'moves', label: 'it moves towards 0' },
          { id: 'spreads', label: 'it moves towards the largest target' },
        ],
        answer: () => 'stays',
        explain: (s) => {
          const { factor, constant } = nllAffine('gaussian', s.sigma);
          return (
            <p>
              It stays. The mean NLL is {short(factor)} × MSE + {short(constant)}: σ scales the curve by 1/(2σ²) and lifts it by
              ½ log(2πσ²), and neither moves its lowest point, which is the mean of the targets.
            </p>
          );
        },
      },
      openIn: () => explorer('mse'),
    },
    {
      title: 'Laplace noise gives absolute error',
      body: () => (
        <p>
          Noise with heavier tails, the Laplace density (1/2b) e^(−|r|/b), costs a far target only in proportion to its distance.
          Its negative log-likelihood is again a loss you know, plus a constant.
        </p>
      ),
      formulas: () => [
        {
          label: 'the Laplace density of one target',
          tex: `\\mathrm{Laplace}(y;\\,c,\\,b) = \\frac{1}{2b}\\,e^{-\\lvert y - c\\rvert / b}`,
        },
      ],
      Figure: noiseFigure('laplace', 'loss'),
      predict: {
        question: 'Under Laplace noise the mean NLL is a constant plus a multiple of which loss?',
        choices: [
          { id: 'mse', label: 'mean squared error' },
          { id: 'mae', label: 'mean absolute error' },
          { id: 'bce', label: 'binary cross-entropy' },
        ],
        answer: () => 'mae',
        explain: (s) => {
          const { factor, constant } = nllAffine('laplace', s.b);
          return (
            <p>
              Mean absolute error: the mean NLL is {short(factor)} × MAE + {short(constant)} (factor 1/b, constant log 2b). So its
              best c is the median of the targets, where the Gaussian's was the mean.
            </p>
          );
        },
      },
      openIn: () => explorer('mae,mse'),
    },
    {
      title: 'Bernoulli labels give binary cross-entropy',
      body: (s) => (
        <p>
          For labels that are 0 or 1, predict the probability p that a label is 1. The likelihood of {s.ones} ones and {s.zeros}{' '}
          zeros is p^{s.ones} (1 − p)^{s.zeros}; its mean negative log is binary cross-entropy exactly, with no constant left over.
        </p>
      ),
      formulas: () => [
        {
          label: 'negative log-likelihood of one label under a Bernoulli distribution',
          tex: '-\\log P(y) = -\\bigl[y \\log p + (1 - y)\\log(1 - p)\\bigr] = \\mathrm{BCE}(p, y)',
        },
      ],
      Figure: BernoulliFigure,
      predict: {
        question: 'Which p makes the NLL of these labels smallest?',
        choices: [
          { id: 'share', label: 'the share of labels that are 1' },
          { id: 'half', label: 'p = 0.5, whatever the labels' },
          { id: 'majority', label: 'as close to 1 as possible if most labels are 1' },
        ],
        answer: () => 'share',
        explain: (s) => (
          <p>
            The share of ones, {short(frequencies([s.zeros, s.ones])[1]!)}: the derivative of the mean NLL, (p − share) / (p(1 − p)),
            is zero only there. Pushing p further towards 1 makes every 0 label cost more than the ones gain.
          </p>
        ),
      },
      openIn: () => explorer('bce', '&axis=probability'),
    },
    {
      title: 'Maximum likelihood fits the class frequencies',
      body: () => (
        <p>
          With more classes, a softmax over logits z gives the categorical probabilities and the NLL is the cross-entropy. Here the
          model has one logit per class and sees no input, so all it can learn is how common each class is. Change the counts.
        </p>
      ),
      formulas: () => [
        {
          label: 'mean cross-entropy of the labels, written with class counts',
          tex: 'L(z) = -\\sum_k \\frac{n_k}{N}\\log \\operatorname{softmax}(z)_k',
        },
      ],
      Figure: CategoricalFigure,
      predict: {
        question: 'Fit the logits by maximum likelihood with no penalty (λ = 0). The fitted probabilities are…',
        choices: [
          { id: 'frequencies', label: 'the class frequencies nₖ / N' },
          { id: 'onehot', label: '1 for the most common class, 0 for the others' },
          { id: 'uniform', label: 'equal for every class' },
        ],
        answer: () => 'frequencies',
        explain: (s) => {
          const fit = fitLogits(s.counts, s.lambda);
          return (
            <p>
              The frequencies: the gradient softmax(z)ₖ − nₖ/N vanishes exactly when they are equal (the fit shown took {fit.steps}{' '}
              steps of gradient descent). An L2 penalty λ Σ z² with λ &gt; 0 is a Gaussian prior on the logits: the fit is then MAP
              and is pulled towards equal probabilities.
            </p>
          );
        },
      },
      openIn: () => explorer('softmax_ce'),
    },
    {
      title: 'Priors are penalties',
      body: () => (
        <p>
          Add a prior belief about a weight, and maximum likelihood becomes maximum a posteriori (MAP): minimise the NLL of the data
          plus −log of the prior. A zero-mean Gaussian prior and a Laplace prior each turn into a penalty you know.
        </p>
      ),
      formulas: () => [
        {
          label: 'maximum a posteriori: the data NLL plus the negative log prior',
          tex: '\\hat w_{\\mathrm{MAP}} = \\arg\\min_w \\bigl[-\\log p(\\text{data} \\mid w) - \\log p(w)\\bigr]',
        },
      ],
      Figure: PriorFigure,
      predict: {
        question: 'Which penalty is −log of the selected prior, up to a constant?',
        choices: [
          { id: 'l2', label: 'L2, λw²' },
          { id: 'l1', label: 'L1, λ|w|' },
          { id: 'none', label: 'neither' },
        ],
        answer: (s) => (s.prior === 'gaussian' ? 'l2' : 'l1'),
        explain: (s) => {
          const { factor, constant } = nllAffine(s.prior, s.s);
          return s.prior === 'gaussian' ? (
            <p>
              L2 with λ = 1/(2s²) = {short(factor)}; the constant is ½ log(2πs²) = {short(constant)}. A narrow prior (small s) is a
              strong penalty. The Laplace prior gives L1, whose sharp peak at 0 sets weights exactly to zero.
            </p>
          ) : (
            <p>
              L1 with λ = 1/s = {short(factor)}; the constant is log 2s = {short(constant)}. Its sharp peak at 0 is why L1 sets weights
              exactly to zero; the Gaussian prior gives L2, which only shrinks them.
            </p>
          );
        },
      },
      openIn: (s) => explorer(s.prior === 'gaussian' ? 'l2' : 'l1', '&axis=weight'),
    },
  ],
};
