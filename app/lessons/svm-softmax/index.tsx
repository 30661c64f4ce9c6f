import { shownNumber as n } from '../../../src/components/lesson/NumberReadout';
import {
  crossEntropy,
  hingeTerms,
  marginMet,
  marginScore,
  scaleScores,
  svmLoss,
} from '../../../src/math/lessons/svmSoftmax';
import { fmt } from '../../state/link';
import type { LessonSpec } from '../types';
import { HingeFigure } from './HingeFigure';
import { MarginFigure, strongestRival } from './MarginFigure';
import { ScaleFigure } from './ScaleFigure';
import { SoftmaxFigure } from './SoftmaxFigure';
import { CLASSES, FIELDS, INITIAL, TRUE_CLASS, type SvmSoftmaxState } from './state';

const y = TRUE_CLASS;
const cat = CLASSES[y];
const svm = (s: SvmSoftmaxState) => svmLoss(s.scores, y, s.margin);
const ce = (s: SvmSoftmaxState) => crossEntropy(s.scores, y);
/** A number inside TeX, negative ones in parentheses. */
const tn = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

const explorerHinge = (s: SvmSoftmaxState) => ({
  label: 'Open the multiclass hinge in the explorer',
  href: `/?v=2&loss=multiclass_hinge&axis=margin&margin=${fmt(s.margin)}`,
});

export const lesson: LessonSpec<SvmSoftmaxState> = {
  id: 'svm-softmax',
  title: 'Multiclass SVM and softmax on the same scores',
  summary: 'The notes’ worked example (695.45) and what the SVM loss and cross-entropy each ask of the same class scores.',
  topics: ['multiclass SVM (hinge) loss', 'margin Δ', 'softmax', 'cross-entropy'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'The worked example',
      body: (s) => (
        <p>
          A linear classifier scored one picture of a {cat}: {CLASSES.map((c, j) => `${c} ${n(s.scores[j]!)}`).join(', ')}.
          The multiclass SVM loss wants the true class to beat every other class by at least the margin Δ = {n(s.margin)}, and
          charges each class that comes closer than that by how far it comes.
        </p>
      ),
      formulas: (s) => [
        { label: 'Multiclass SVM loss', tex: 'L = \\sum_{j \\ne y} \\max(0,\\; s_j - s_y + \\Delta)' },
        {
          label: 'The loss for these scores',
          tex:
            '\\begin{aligned} L &= ' +
            hingeTerms(s.scores, y, s.margin)
              .map((t) => `\\max(0,\\; ${n(s.scores[t.j]!)} - ${tn(s.scores[y]!)} + ${n(s.margin)})`)
              .join(' \\\\ &\\quad + ') +
            '\\end{aligned}',
        },
      ],
      Figure: HingeFigure,
      predict: {
        question: 'Which wrong class adds more to the SVM loss?',
        choices: [
          ...CLASSES.flatMap((c, j) => (j === y ? [] : [{ id: c, label: `The ${c}` }])),
          { id: 'same', label: 'They add the same' },
        ],
        answer: (s) => {
          const terms = hingeTerms(s.scores, y, s.margin);
          const top = Math.max(...terms.map((t) => t.term));
          const at = terms.filter((t) => t.term === top);
          return at.length > 1 ? 'same' : CLASSES[at[0]!.j]!;
        },
        explain: (s) => (
          <p>
            Each term is how far a wrong class reaches past s_{cat} − Δ:{' '}
            {hingeTerms(s.scores, y, s.margin)
              .map((t) => `${CLASSES[t.j]} ${n(t.term)}`)
              .join(', ')}
            . The class scored highest adds most, and together they make {n(svm(s))}, large because the {cat} is scored{' '}
            {s.scores[y]! < Math.max(...s.scores) ? 'below a wrong class' : 'too close to the others'}.
          </p>
        ),
      },
      openIn: explorerHinge,
    },
    {
      title: 'Softmax reads the same scores as probabilities',
      body: (s) => (
        <p>
          The softmax classifier keeps the scores but reads them as unnormalised log-probabilities: p_j = e^(s_j) / Σ e^(s_k). Its
          loss, cross-entropy, is −log p_{cat} = {n(ce(s))}. The SVM loss of the same scores is {n(svm(s))}: the SVM counts margin
          violations, cross-entropy how little probability the true class gets.
        </p>
      ),
      formulas: (s) => [
        { label: 'Softmax probability of the true class', tex: 'p_y = \\frac{e^{s_y}}{\\sum_k e^{s_k}}' },
        { label: 'Cross-entropy for these scores', tex: `-\\log p_{\\text{${cat}}} = \\log \\sum_k e^{s_k - s_y} = ${n(ce(s))}` },
      ],
      Figure: SoftmaxFigure,
      openIn: () => ({ label: 'Open softmax cross-entropy in the explorer', href: '/?v=2&loss=softmax_ce&axis=logit' }),
    },
    {
      title: 'Meet the margin',
      body: (s) => {
        const m = marginScore(s.scores, y, s.margin);
        return (
          <p>
            Raise the {cat} score. Once it reaches {n(m)} (the {CLASSES[strongestRival(s.scores)]} score plus Δ) every wrong class is
            at least Δ behind. The {cat} score is now {n(s.scores[y]!)}.
          </p>
        );
      },
      formulas: () => [
        { label: 'SVM loss as a function of the true score', tex: 'L_{\\text{SVM}}(s_y) = \\sum_{j \\ne y} \\max(0,\\; s_j - s_y + \\Delta)' },
        { label: 'Cross-entropy as a function of the true score', tex: 'L_{\\text{CE}}(s_y) = \\log\\Bigl(1 + \\sum_{j \\ne y} e^{s_j - s_y}\\Bigr)' },
      ],
      Figure: MarginFigure,
      predict: {
        question: `As the ${cat} score rises past the point where the margin is met, what do the two losses do?`,
        choices: [
          { id: 'svm-zero', label: 'The SVM loss reaches exactly 0 and stays there; cross-entropy keeps falling but stays above 0' },
          { id: 'both-zero', label: 'Both reach exactly 0 at that point' },
          { id: 'ce-zero', label: 'Cross-entropy reaches 0 there; the SVM loss keeps falling' },
        ],
        // Not state-dependent: every hinge term is 0 once s_y ≥ max s_j + Δ, and −log p_y > 0 for any finite scores.
        answer: () => 'svm-zero',
        explain: () => (
          <p>
            Every hinge term is max(0, ·) of something that is ≤ 0 once the margin is met, so the SVM loss is exactly 0 and the
            sample stops contributing. Softmax gives every class some probability, so p_{cat} &lt; 1 and −log p_{cat} &gt; 0 however
            far the {cat} leads; it only shrinks (in float64 it rounds to 0 once the lead passes about 745).
          </p>
        ),
      },
      openIn: explorerHinge,
    },
    {
      title: 'Scale the scores up',
      body: (s) => {
        const scaled = scaleScores(s.scores, s.scale);
        const met = marginMet(s.scores, y, s.margin);
        return (
          <p>
            Multiplying every score by k keeps their order and multiplies the gaps. At k = {n(s.scale)} the SVM loss is{' '}
            {n(svmLoss(scaled, y, s.margin))} and cross-entropy {n(crossEntropy(scaled, y))}.{' '}
            {met
              ? `The margin is met at k = 1, so for every k ≥ 1 the SVM loss stays exactly 0 while cross-entropy keeps falling: it always wants larger scores.`
              : `With these scores the ${cat} does not lead by Δ at k = 1; press “Give the ${cat} a lead of 2Δ” to see the SVM loss stop at 0.`}
          </p>
        );
      },
      formulas: () => [
        { label: 'SVM loss of the scaled scores', tex: 'L_{\\text{SVM}}(k s) = \\sum_{j \\ne y} \\max(0,\\; k(s_j - s_y) + \\Delta)' },
        { label: 'Cross-entropy of the scaled scores', tex: 'L_{\\text{CE}}(k s) = \\log\\Bigl(1 + \\sum_{j \\ne y} e^{k(s_j - s_y)}\\Bigr)' },
      ],
      Figure: ScaleFigure,
      openIn: explorerHinge,
    },
  ],
};
