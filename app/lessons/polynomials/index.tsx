import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { focalOfPt } from '../../../src/math/losses/focal';
import { lossAt, lossSlopeAt, termsWithin } from '../../../src/math/lessons/polynomials';
import { fmt } from '../../state/link';
import type { FigureProps, LessonSpec } from '../types';
import { PolynomialFigure } from './PolynomialFigure';
import { FIELDS, INITIAL, type PolyState } from './state';

const n = formatReadout;

function SeriesFigure(props: FigureProps<PolyState>) {
  return <PolynomialFigure {...props} kind="ce" hides="series" />;
}
function FocalFigure(props: FigureProps<PolyState>) {
  return <PolynomialFigure {...props} kind="focal" hides="bars" />;
}
function PolyOneFigure(props: FigureProps<PolyState>) {
  return <PolynomialFigure {...props} kind="poly1" hides="bars" />;
}

const ceSeriesTex = '-\\log p_t = \\sum_{j=1}^{\\infty} \\frac{1}{j}\\,(1-p_t)^{j}';

export const lesson: LessonSpec<PolyState> = {
  id: 'polynomials',
  title: 'Focal loss and PolyLoss as polynomials',
  summary: 'Cross-entropy is a power series in (1 − p_t); focal loss shifts its powers, Poly-1 raises its first coefficient.',
  topics: ['cross-entropy', 'focal loss', 'PolyLoss', 'Taylor series'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Cross-entropy is a sum of powers of (1 − p_t)',
      body: (s) => (
        <p>
          Write the loss in terms of 1 − p_t, how much probability the true class is missing. The Taylor series of the
          logarithm turns −log p_t into an infinite sum of its powers, each with coefficient 1/j. The dashed curve sums only
          the first N = {s.terms}. Move the cursor along p_t (arrow keys) and change N.
        </p>
      ),
      formulas: (s) => [
        { label: 'cross-entropy as a power series', tex: ceSeriesTex },
        { label: 'cross-entropy at the cursor', tex: `-\\log ${fmt(s.pt)} = ${n(lossAt('ce', s, s.pt))}` },
      ],
      Figure: SeriesFigure,
      predict: {
        question: 'The dashed curve adds up the first N terms. Where does it fall furthest below cross-entropy?',
        choices: [
          { id: 'low', label: 'Where p_t is small (the model is confidently wrong)' },
          { id: 'high', label: 'Where p_t is near 1 (the model is right)' },
          { id: 'even', label: 'By the same amount everywhere' },
        ],
        answer: () => 'low',
        explain: (s) => (
          <>
            Every term is (1 − p_t)^j / j. Near p_t = 1 the base is small and the terms die out fast; near p_t = 0 the base is
            close to 1 and the terms shrink only like 1/j, so the series needs many of them. To come within 1 % of
            cross-entropy it takes {termsWithin(0.05, 0.01)} terms at p_t = 0.05, {termsWithin(0.5, 0.01)} at p_t = 0.5 and{' '}
            {termsWithin(0.9, 0.01)} at p_t = 0.9; at the cursor (p_t = {fmt(s.pt)}), {termsWithin(s.pt, 0.01)}.
          </>
        ),
      },
      openIn: () => ({ label: 'Open cross-entropy over p_t in the explorer', href: '?v=2&loss=bce&axis=probability' }),
    },
    {
      title: 'Focal loss moves every power right by γ',
      body: (s) => (
        <p>
          Focal loss multiplies cross-entropy by the modulating factor (1 − p_t)^γ, which is near 0 for examples the model
          already gets right. Here γ = {fmt(s.gamma)}; at p_t = {fmt(s.pt)} the factor is {n((1 - s.pt) ** s.gamma)}, so the loss
          drops from {n(lossAt('ce', s, s.pt))} to {n(focalOfPt(s.pt, s.gamma, -1))}. The outlined bars are cross-entropy’s
          coefficients.
        </p>
      ),
      formulas: (s) => [
        { label: 'focal loss as a power series', tex: `-(1-p_t)^{${fmt(s.gamma)}}\\log p_t = \\sum_{j=1}^{\\infty} \\frac{1}{j}\\,(1-p_t)^{j+${fmt(s.gamma)}}` },
      ],
      Figure: FocalFigure,
      predict: {
        question: 'Focal loss multiplies every term of the series by (1 − p_t)^γ. What does that do to the coefficient bars?',
        choices: [
          { id: 'right', label: 'Every bar moves γ to the right; the heights stay' },
          { id: 'down', label: 'Every bar shrinks by the same factor' },
          { id: 'drop', label: 'The first γ bars disappear; the rest stay put' },
        ],
        answer: () => 'right',
        explain: (s) => (
          <>
            Multiplying (1 − p_t)^j / j by (1 − p_t)^γ adds γ to the power and leaves the coefficient 1/j alone: the whole
            series slides {fmt(s.gamma)} to the right. Leng et al. call this a horizontal shift. With no term below power{' '}
            {fmt(1 + s.gamma)}, the loss of a nearly right example (1 − p_t small) is tiny.
          </>
        ),
      },
      openIn: (s) => ({
        label: 'Open focal loss and cross-entropy in the explorer',
        href: `?v=2&loss=bce,focal&axis=probability&gamma=${fmt(s.gamma)}&alpha=-1`,
      }),
    },
    {
      title: 'Poly-1 raises the first coefficient by ε',
      body: (s) => (
        <p>
          Poly-1 keeps cross-entropy and adds ε(1 − p_t), with ε = {fmt(s.epsilon)} here. Near p_t = 1 the first term is
          all that is left of the series, so it sets how hard a nearly right example is still pushed: the slope there is −(1 +
          ε) instead of −1. At p_t = {fmt(s.pt)} the slope is {n(lossSlopeAt('poly1', s, s.pt))} against cross-entropy’s{' '}
          {n(lossSlopeAt('ce', s, s.pt))}.
        </p>
      ),
      formulas: (s) => [
        {
          label: 'Poly-1 as a power series',
          tex: `-\\log p_t + ${fmt(s.epsilon)}\\,(1-p_t) = ${fmt(1 + s.epsilon)}\\,(1-p_t) + \\sum_{j=2}^{\\infty} \\frac{1}{j}\\,(1-p_t)^{j}`,
        },
      ],
      Figure: PolyOneFigure,
      predict: {
        question: 'Poly-1 adds ε(1 − p_t) to cross-entropy. Which coefficient bars change?',
        choices: [
          { id: 'first', label: 'Only the first, raised by ε' },
          { id: 'all', label: 'All of them, each raised by ε' },
          { id: 'shift', label: 'All of them move ε to the right' },
        ],
        answer: () => 'first',
        explain: (s) => (
          <>
            ε(1 − p_t) is a multiple of the first power only, so the first coefficient becomes 1 + ε = {fmt(1 + s.epsilon)} and
            every other stays 1/j. Leng et al. call this a vertical change of the coefficients; tuning the first one alone
            already helps on many tasks, which is why Poly-1 has a single knob.
          </>
        ),
      },
      openIn: (s) => ({
        label: 'Open Poly-1 and softmax cross-entropy in the explorer',
        href: `?v=2&loss=softmax_ce,poly1&axis=logit&epsilon=${fmt(s.epsilon)}`,
      }),
    },
  ],
};
