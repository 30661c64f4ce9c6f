import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { exactZeros, fitPenalized, lambdaAllZero } from '../../../src/math/lessons/regularization';
import { zeroLossScale } from '../../../src/math/lessons/regularizationRay';
import { fmt } from '../../state/link';
import type { LessonSpec } from '../types';
import { DATA, PENALTY_NAME, penaltyOf } from './data';
import { DropoutFigure } from './DropoutFigure';
import { MaxNormFigure } from './MaxNormFigure';
import { NotUniqueFigure } from './NotUniqueFigure';
import { PathFigure } from './PathFigure';
import { PenaltyBarsFigure } from './PenaltyBarsFigure';
import { FIELDS, INITIAL, type RegState } from './state';

const n = formatReadout;
const zerosUnder = (kind: 'l1' | 'l2' | 'elastic_net', s: RegState) => exactZeros(fitPenalized(DATA, penaltyOf(kind, s)));
const surface = (s: RegState, reg: string) =>
  `?v=2&view=surface&model=regression&reg=${reg}&lambda=${fmt(s.lambda)}${reg === 'elastic_net' ? `&l1_ratio=${fmt(s.l1_ratio)}` : ''}`;

export const lesson: LessonSpec<RegState> = {
  id: 'regularization',
  title: 'Regularization',
  summary: 'L1 zeroes weights and L2 shrinks them along a λ path; max-norm projects; a penalty makes W unique; dropout and inverted dropout.',
  topics: ['L1', 'L2', 'elastic net', 'max-norm', 'dropout', 'inverted dropout'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'L1 sets weights to zero, L2 shrinks them',
      body: (s) => (
        <p>
          A linear regression on six standardized features in three correlated pairs, fitted by minimising the mean squared
          error plus λ·R(w). The bars show the fitted weights at λ = {n(s.lambda)} under three penalties. Change λ and watch which
          bars reach zero.
        </p>
      ),
      formulas: () => [
        { label: 'the penalized objective', tex: '\\tfrac{1}{n}\\lVert y - Xw\\rVert^2 + \\lambda R(w)' },
        { label: 'the L1 and L2 penalties', tex: 'R_{L1} = \\sum_k |w_k|,\\qquad R_{L2} = \\sum_k w_k^2' },
        { label: 'the elastic net penalty', tex: 'R_{EN} = \\sum_k \\rho\\,|w_k| + (1-\\rho)\\,w_k^2' },
      ],
      Figure: PenaltyBarsFigure,
      predict: {
        question: 'Raise λ. Which penalty sets some weights exactly to zero?',
        choices: [
          { id: 'l1', label: 'L1 (and elastic net); L2 only shrinks them' },
          { id: 'l2', label: 'L2; L1 only shrinks them' },
          { id: 'none', label: 'Neither: both only shrink' },
        ],
        answer: () => 'l1',
        explain: (s) => (
          <>
            L1’s slope stays λ·sign(w) however small w gets, so a weight whose pull from the data is weaker than λ stops at
            exactly 0. L2’s slope 2λw vanishes as w does, so weights shrink towards zero without reaching it. At λ = {n(s.lambda)}:
            L1 zeroes {zerosUnder('l1', s)} of 6, elastic net {zerosUnder('elastic_net', s)}, L2 {zerosUnder('l2', s)}. From λ ={' '}
            {n(lambdaAllZero(DATA, { kind: 'l1', l1Ratio: 1 }))} on, L1 zeroes all six.
          </>
        ),
      },
      openIn: (s) => ({ label: 'Open L1 on the surface view', href: surface(s, 'l1') }),
    },
    {
      title: 'The λ path',
      body: (s) => (
        <p>
          Each line is one weight as λ grows from left to right (log scale). Under L1 weights leave the path one by one and stay
          at exactly 0; one feature of a correlated pair often goes first. Under L2 all of them shrink together. Move the cursor
          with the arrow keys or pick another penalty. Here: {PENALTY_NAME[s.reg]}, λ = {n(s.lambda)}.
        </p>
      ),
      Figure: PathFigure,
      openIn: (s) => ({ label: `Open ${PENALTY_NAME[s.reg]} on the surface view`, href: surface(s, s.reg) }),
    },
    {
      title: 'Max-norm: a projection, not a penalty',
      body: () => (
        <p>
          Max-norm adds nothing to the loss. After every update it checks the weight vector, and if ‖w‖₂ is larger than c it
          puts w back inside the ball. However large a step the learning rate takes, the weights cannot grow past c.
        </p>
      ),
      formulas: (s) => [{ label: 'the max-norm projection', tex: `w \\leftarrow w\\cdot\\min\\!\\left(1, \\frac{${fmt(s.max_norm)}}{\\lVert w\\rVert_2}\\right)` }],
      Figure: MaxNormFigure,
      predict: {
        question: 'Where does the projection put w?',
        choices: [
          { id: 'radial', label: 'On the circle, straight towards the origin' },
          { id: 'clip', label: 'Each coordinate clipped to ±c' },
          { id: 'stay', label: 'Nowhere: w stays where it is' },
        ],
        answer: (s) => (Math.hypot(s.w1, s.w2) > s.max_norm ? 'radial' : 'stay'),
        explain: (s) =>
          Math.hypot(s.w1, s.w2) > s.max_norm ? (
            <>
              ‖w‖₂ = {n(Math.hypot(s.w1, s.w2))} is more than c = {fmt(s.max_norm)}, so w is scaled by c/‖w‖₂: its direction is
              kept and its length becomes exactly c.
            </>
          ) : (
            <>
              ‖w‖₂ = {n(Math.hypot(s.w1, s.w2))} is within c = {fmt(s.max_norm)}: the constraint holds and the projection
              leaves w alone.
            </>
          ),
      },
      openIn: (s) => ({
        label: 'Open projected gradient descent on the surface view',
        href: `?v=2&view=surface&method=projected&max_norm=${fmt(s.max_norm)}`,
      }),
    },
    {
      title: 'Without a penalty, W is not unique',
      body: () => (
        <p>
          On separable data the hinge loss can reach 0. Scale zero-loss weights by any c &gt; 1 and every margin only grows, so
          the loss stays 0: the data alone cannot choose among them. λ‖w‖² makes large weights cost more and picks one.
        </p>
      ),
      formulas: (s) => [{ label: 'the penalty along the ray past zero loss', tex: `L(c\\,d) = 0 + ${fmt(s.lambda)}\\,c^2 \\quad (c \\ge ${n(zeroLossScale())})` }],
      Figure: NotUniqueFigure,
      openIn: () => ({
        label: 'Open the separable hinge surface (no penalty)',
        href: '?v=2&view=surface&model=binary&data=bin-separable&loss=hinge&reg=none',
      }),
    },
    {
      title: 'Dropout and inverted dropout',
      body: (s) => (
        <p>
          While training, dropout keeps each unit with probability p (here {fmt(s.keep)}; 0.5 is a common default) and zeroes
          the rest, so every step trains a different thinned sub-network. At test time every unit is on, so the output would
          be larger than in training on average unless something scales it.
        </p>
      ),
      formulas: (s) => [
        { label: 'the training output with a mask', tex: `h = s\\sum_i w_i\\,m_i\\,a_i,\\quad m_i \\sim \\mathrm{Bernoulli}(${fmt(s.keep)})` },
        {
          label: 'its expectation',
          tex: `\\mathbb{E}[h] = ${fmt(s.keep)}\\cdot ${s.style === 'inverted' ? `\\tfrac{1}{${fmt(s.keep)}}` : '1'}\\,\\sum_i w_i a_i \\quad (s = ${s.style === 'inverted' ? '1/p' : '1'})`,
        },
      ],
      Figure: DropoutFigure,
      predict: {
        question: 'With the dropout style chosen in the figure, what must the network do at test time so its output matches training on average?',
        choices: [
          { id: 'nothing', label: 'Nothing: every unit on, no scaling' },
          { id: 'scale', label: 'Multiply the activations by p' },
          { id: 'drop', label: 'Keep dropping units at random' },
        ],
        answer: (s) => (s.style === 'inverted' ? 'nothing' : 'scale'),
        explain: (s) =>
          s.style === 'inverted' ? (
            <>
              Inverted dropout divides the kept activations by p = {fmt(s.keep)} while training, so E[m_i/p] = 1 and the
              expected output already equals the full network’s: test time needs no change.
            </>
          ) : (
            <>
              The original dropout trains with E[m_i] = p = {fmt(s.keep)}, so the full network at test time must multiply by p
              to give the same expected output.
            </>
          ),
      },
    },
  ],
};
