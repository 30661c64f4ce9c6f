import { median, midrange, optimum, quantileOptimum } from '../../../src/math/lessons/estimate';
import { mean } from '../../../src/math/numerics';
import type { LessonSpec, Predict } from '../types';
import { estimateFigure } from './EstimateFigure';
import { short } from './kinds';
import { FIELDS, INITIAL, type EstimateState } from './state';

const STATISTICS = [
  { id: 'mean', label: 'the mean of the points' },
  { id: 'median', label: 'the median (the middle point)' },
  { id: 'midrange', label: 'halfway between the smallest and the largest point' },
] as const;

const statistic = (answer: 'mean' | 'median'): Pick<Predict<EstimateState>, 'choices' | 'answer'> => ({
  choices: STATISTICS,
  answer: () => answer,
});

const meanLossTex = (loss: string) => `L(c) = \\frac{1}{n}\\sum_{i=1}^{n} ${loss}`;
const explorer = (losses: string, s: EstimateState) => {
  // Only the parameters of the losses shown: the explorer notes any other key as not its setting.
  const ids = losses.split(',');
  const params = [ids.includes('quantile') ? `&tau=${s.tau}` : '', ids.includes('huber') ? `&delta=${s.delta}` : ''].join('');
  return { label: 'Open these losses in the explorer', href: `/?v=2&loss=${losses}&axis=residual${params}` };
};

export const lesson: LessonSpec<EstimateState> = {
  id: 'estimate',
  title: 'What does a loss estimate?',
  summary: 'Predict one number for a whole sample: MSE picks the mean, MAE the median, the pinball loss a quantile, Huber a robust mean.',
  topics: ['MSE and the mean', 'MAE and the median', 'quantile (pinball) loss', 'Huber loss', 'outliers'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Squared error picks the mean',
      body: (s) => (
        <p>
          Predict the same number c for each of these {s.ys.length} points. The loss that scores c decides which number wins:
          that number is what the loss estimates. Drag the points (or focus one and use the arrow keys).
        </p>
      ),
      formulas: () => [{ label: 'mean squared error of the constant c', tex: meanLossTex('(c - y_i)^2') }],
      Figure: estimateFigure(['mse']),
      predict: {
        question: 'Which constant c makes the mean squared error of this sample smallest?',
        ...statistic('mean'),
        explain: (s) => (
          <p>
            The mean. L′(c) = (2/n) Σ (c − yᵢ) is zero exactly when c = Σ yᵢ / n, here {short(mean(s.ys))}. Every point pulls c in
            proportion to its distance, so a far point pulls hardest.
          </p>
        ),
      },
      openIn: (s) => explorer('mse', s),
    },
    {
      title: 'Absolute error picks the median',
      body: () => (
        <p>
          Now each point pulls with the same force, however far it is. Press “Add an outlier” and watch which marker moves: the
          mean follows the outlier, the median moves at most to the next point.
        </p>
      ),
      formulas: () => [{ label: 'mean absolute error of the constant c', tex: meanLossTex('\\lvert c - y_i \\rvert') }],
      Figure: estimateFigure(['mse', 'mae']),
      predict: {
        question: 'Which constant c makes the mean absolute error of this sample smallest?',
        ...statistic('median'),
        explain: (s) => (
          <p>
            The median. The slope of L is (number of points below c − number above c) / n, zero where as many points lie on each
            side. {s.ys.length % 2 === 1
              ? `With an odd count that is the middle point, ${short(median(s.ys))}.`
              : `With an even count every c between the two middle points is a minimum (the flat bottom of the curve); the median ${short(median(s.ys))} is its midpoint.`}
          </p>
        ),
      },
      openIn: (s) => explorer('mse,mae', s),
    },
    {
      title: 'Tilt the absolute error: quantiles',
      body: (s) => (
        <p>
          The pinball loss charges τ per unit for predicting too low and 1 − τ per unit for predicting too high; here τ ={' '}
          {short(s.tau)}. Move τ and watch where the best c settles.
        </p>
      ),
      formulas: () => [
        {
          label: 'mean pinball loss of the constant c',
          tex: `${meanLossTex('\\rho_\\tau(c - y_i)')},\\quad \\rho_\\tau(r) = \\begin{cases} -\\tau\\, r & r < 0 \\\\ (1-\\tau)\\, r & r \\ge 0 \\end{cases}`,
        },
      ],
      Figure: estimateFigure(['quantile']),
      predict: {
        question: 'With the τ set on the slider, where is the best constant compared with the median?',
        choices: [
          { id: 'higher', label: 'higher than the median' },
          { id: 'same', label: 'at the median' },
          { id: 'lower', label: 'lower than the median' },
        ],
        answer: (s) => {
          const q = quantileOptimum(s.ys, s.tau).at;
          const m = optimum('mae', s.ys, s).at;
          return q > m ? 'higher' : q < m ? 'lower' : 'same';
        },
        explain: (s) => {
          const q = quantileOptimum(s.ys, s.tau);
          return (
            <p>
              The slope of L is ((1 − τ)·#below − τ·#above) / n: it changes sign where a fraction τ of the points lies below c.
              That is the {short(s.tau)}-quantile, {q.hi > q.lo ? `any c from ${short(q.lo)} to ${short(q.hi)}` : short(q.at)}; the
              median is {short(median(s.ys))}. τ = 0.5 is half the absolute error and picks the median.
            </p>
          );
        },
      },
      openIn: (s) => explorer('quantile,mae', s),
    },
    {
      title: 'Huber: a mean that outliers cannot drag far',
      body: (s) => (
        <p>
          Huber is squared error for residuals within ±δ and absolute error beyond, so no point pulls with a force above δ = {short(s.delta)}.
          Its best constant solves Σ ψ_δ(c − yᵢ) = 0 (no closed form): drag δ: small δ brings it to the median, large δ to the mean.
        </p>
      ),
      formulas: (s) => [
        {
          label: 'Huber loss of one residual',
          tex: `\\rho_\\delta(r) = \\begin{cases} \\tfrac12 r^2 & \\lvert r\\rvert \\le \\delta \\\\ \\delta(\\lvert r\\rvert - \\tfrac12\\delta) & \\text{otherwise} \\end{cases},\\quad \\delta = ${short(s.delta)}`,
        },
      ],
      Figure: estimateFigure(['mse', 'mae', 'huber']),
      predict: {
        question: 'When δ is larger than every distance from c to a point, Huber’s best constant is…',
        ...statistic('mean'),
        explain: (s) => (
          <p>
            The mean: with every residual inside ±δ, Huber is half the squared error, whose minimum is the mean ({short(mean(s.ys))}).
            As δ shrinks towards 0 each point pulls with the same force δ, as in absolute error, and the optimum heads for the median
            ({short(median(s.ys))}).
          </p>
        ),
      },
      openIn: (s) => explorer('huber,mse,mae', s),
    },
    {
      title: 'All four on one sample',
      body: (s) => (
        <p>
          The four losses side by side. Add an outlier, drag it, and compare how far each optimum follows it. None of them picks
          the midrange {short(midrange(s.ys))}, halfway between the two extremes.
        </p>
      ),
      Figure: estimateFigure(['mse', 'mae', 'quantile', 'huber']),
      openIn: (s) => explorer('mse,mae,quantile,huber', s),
    },
  ],
};
