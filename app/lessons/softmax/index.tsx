import { softmax } from '../../../src/math/numerics';
import { allFinite, argmax, logSumExpGap, maxAbsDiff, naiveSoftmax, probabilitySum, scaledSoftmax, shiftAll, shiftedSoftmax } from '../../../src/math/lessons/softmax';
import { texNumber } from '../../../src/math/tex';
import type { LessonSpec } from '../types';
import { LogSoftmaxFigure, OverflowFigure, ProbabilitiesFigure, ScaleFigure, ShiftFigure } from './figures';
import { show } from './format';
import { FIELDS, INITIAL, type SoftmaxState } from './state';

const SOFTMAX_TEX = String.raw`\operatorname{softmax}(\mathbf z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`;
/** float64's largest finite number is about 1.8e308, so exp overflows just past log of it. */
const EXP_LIMIT = Math.log(Number.MAX_VALUE);

const topOf = (s: SoftmaxState) => argmax(s.z);

export const lesson: LessonSpec<SoftmaxState> = {
  id: 'softmax',
  title: 'The softmax function',
  summary: 'Scores become probabilities that sum to 1; shifting them changes nothing, scaling changes the confidence, and the max-shift keeps exp from overflowing.',
  topics: ['softmax', 'logits', 'soft argmax', 'numerical stability', 'log-sum-exp'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Scores in, probabilities out',
      body: (s) => {
        const p = softmax(s.z);
        const k = topOf(s);
        return (
          <>
            <p>
              A classifier ends in one score per class, any real number. Softmax exponentiates each score and divides by the total, so every
              output lies between 0 and 1 and a larger score always gets a larger share.
            </p>
            <p>
              Here class {k + 1} has the largest score, {show(s.z[k]!)}, and gets probability {show(p[k]!, 4)}.
            </p>
          </>
        );
      },
      formulas: (s) => [
        { label: 'softmax of a score vector', tex: SOFTMAX_TEX },
        {
          label: 'the first probability, from the current scores',
          tex: String.raw`p_1 = \frac{e^{${texNumber(s.z[0]!)}}}{${s.z.map((v) => `e^{${texNumber(v)}}`).join(' + ')}} = ${texNumber(softmax(s.z)[0]!)}`,
        },
      ],
      Figure: ProbabilitiesFigure,
      predict: {
        question: 'Before you look: what do the probabilities add up to?',
        choices: [
          { id: 'one', label: '1, whatever the scores are' },
          { id: 'max', label: 'The largest score' },
          { id: 'depends', label: 'It depends on the scores' },
        ],
        answer: (s) => (Math.abs(probabilitySum(softmax(s.z)) - 1) < 1e-12 ? 'one' : 'depends'),
        explain: (s) => (
          <p>
            Each probability is its own exponential over the sum of all of them, so together they make that sum over itself: 1. Computed in
            float64 the sum here is {String(probabilitySum(softmax(s.z)))}, 1 up to the last bit of rounding.
          </p>
        ),
      },
    },
    {
      title: 'Add the same number to every score: nothing changes',
      body: (s) => (
        <p>
          Slide c to add it to every score. The bars are softmax(z + c); the dashed outlines are softmax(z). Only the differences between
          scores matter, which is why a network's logits have no absolute scale (c = {show(s.c)} now).
        </p>
      ),
      formulas: (s) => [
        {
          label: 'softmax is unchanged by a common shift c',
          tex: String.raw`\frac{e^{z_i + c}}{\sum_j e^{z_j + c}} = \frac{e^{c}\,e^{z_i}}{e^{c}\sum_j e^{z_j}} = \operatorname{softmax}(\mathbf z)_i,\quad c = ${texNumber(s.c)}`,
        },
      ],
      Figure: ShiftFigure,
      predict: {
        question: 'Add c to every score. What happens to the probabilities?',
        choices: [
          { id: 'same', label: 'They stay as they were' },
          { id: 'grow', label: 'They all grow when c > 0' },
          { id: 'sharpen', label: 'They move towards the top class' },
        ],
        answer: (s) => (maxAbsDiff(shiftedSoftmax(shiftAll(s.z, s.c)).probs, softmax(s.z)) < 1e-12 ? 'same' : 'sharpen'),
        explain: (s) => (
          <p>
            The factor e<sup>c</sup> multiplies every term above and below the fraction bar and cancels. With c = {show(s.c)} the largest change
            of any probability is {show(maxAbsDiff(shiftedSoftmax(shiftAll(s.z, s.c)).probs, softmax(s.z)))}: rounding, nothing more.
          </p>
        ),
      },
    },
    {
      title: 'Scale the scores: same order, different confidence',
      body: () => (
        <p>
          Multiplying the scores by β keeps their order, so the same class stays on top, but it stretches or shrinks the gaps between them.
          Large β pushes softmax towards a one-hot argmax; β = 0 makes it uniform. That is why softmax is a soft argmax, and
          softmax(βz)ᵀz, a weighted mean of the scores, is a soft maximum.
        </p>
      ),
      formulas: (s) => [
        {
          label: 'the soft maximum tends to the largest score as beta grows',
          tex: String.raw`\operatorname{softmax}(\beta\mathbf z)^{\top}\mathbf z \;\xrightarrow{\;\beta\to\infty\;}\; \max_i z_i = ${texNumber(Math.max(...s.z))}`,
        },
      ],
      Figure: ScaleFigure,
      predict: {
        question: 'Turn β up from 1 to 10. What does the largest probability do?',
        choices: [
          { id: 'rises', label: 'It rises towards 1' },
          { id: 'same', label: 'It stays the same' },
          { id: 'falls', label: 'It falls towards 1/n' },
        ],
        answer: (s) => {
          const k = topOf(s);
          const d = scaledSoftmax(s.z, 10)[k]! - scaledSoftmax(s.z, 1)[k]!;
          return d > 1e-12 ? 'rises' : d < -1e-12 ? 'falls' : 'same';
        },
        explain: (s) => {
          const k = topOf(s);
          return (
            <p>
              For these scores class {k + 1} has probability {show(scaledSoftmax(s.z, 1)[k]!, 4)} at β = 1 and{' '}
              {show(scaledSoftmax(s.z, 10)[k]!, 4)} at β = 10. Scaling up multiplies the gap to every other score, and each other class's
              share falls like e<sup>−β·gap</sup>. (Scores that tie for the top share it instead.)
            </p>
          );
        },
      },
    },
    {
      title: 'When exp overflows',
      body: () => (
        <p>
          float64 stops at about 1.8 × 10<sup>308</sup>, so e<sup>z</sup> is infinite for any z above {show(EXP_LIMIT, 5)}. Try the scores 123,
          456, 789: the formula as written breaks, while subtracting the largest score first (allowed, by step 2) keeps every exponent at
          or below 0 and the sum at least 1.
        </p>
      ),
      formulas: () => [
        {
          label: 'the max-shifted softmax',
          tex: String.raw`\operatorname{softmax}(\mathbf z)_i = \frac{e^{z_i - m}}{\sum_j e^{z_j - m}},\qquad m = \max_j z_j`,
        },
      ],
      Figure: OverflowFigure,
      predict: {
        question: 'Feed these scores to exp(zᵢ) / Σ exp(zⱼ) exactly as written, in float64. What comes out?',
        choices: [
          { id: 'right', label: 'The right probabilities' },
          { id: 'nonfinite', label: 'Non-finite numbers (∞ or NaN)' },
          { id: 'zeros', label: 'All zeros' },
        ],
        answer: (s) => (allFinite(naiveSoftmax(s.z)) ? 'right' : 'nonfinite'),
        explain: (s) => {
          const naive = naiveSoftmax(s.z);
          return allFinite(naive) ? (
            <p>
              These scores are small enough: every e<sup>z</sup> is finite and the naive formula agrees with the shifted one. Try 123, 456,
              789.
            </p>
          ) : (
            <p>
              At least one e<sup>z</sup> is beyond float64 (or all of them vanish), so the sum is {show(naive.total, 4)} and the ratios come out
              as {naive.probs.map((v) => show(v, 4)).join(', ')}. The shifted formula gives {shiftedSoftmax(s.z).probs.map((v) => show(v, 4)).join(', ')}.
            </p>
          );
        },
      },
    },
    {
      title: 'log softmax: z − log Σ exp z',
      body: (s) => (
        <p>
          Cross-entropy needs the log of a probability, and the log undoes the exp: log softmax(z)ᵢ = zᵢ − log Σⱼ exp zⱼ. The log-sum-exp
          lies between max z and max z + log n, here {show(logSumExpGap(s.z), 4)} above max z, so for a confident top score log softmax ≈ z −
          max z.
        </p>
      ),
      formulas: (s) => [
        {
          label: 'log softmax and its approximation',
          tex: String.raw`\log\operatorname{softmax}(\mathbf z)_i = z_i - \log\sum_j e^{z_j} \approx z_i - \max_j z_j,\quad \log\sum_j e^{z_j} - \max_j z_j = ${texNumber(logSumExpGap(s.z))}`,
        },
      ],
      Figure: LogSoftmaxFigure,
      openIn: () => ({ label: 'Open softmax cross-entropy in the curve explorer', href: '?loss=softmax_ce&axis=logit' }),
    },
  ],
};
