import { shownNumber as n } from '../../../src/components/lesson/NumberReadout';
import { crossEntropyPQ, entropy, kl, mix } from '../../../src/math/lessons/kl';
import type { LessonSpec } from '../types';
import { AsymmetryFigure } from './AsymmetryFigure';
import { IdentityFigure } from './IdentityFigure';
import { PathFigure } from './PathFigure';
import { FIELDS, INITIAL, type KlState } from './state';

/** The explorer draws KL for two classes against q₁; the lesson's classes and target are its own. */
const explorerKl = () => ({ label: 'Open KL divergence in the explorer', href: '/?v=2&loss=kl_div&axis=probability' });
const list = (d: readonly number[]) => d.map(n).join(', ');

export const lesson: LessonSpec<KlState> = {
  id: 'kl',
  title: 'KL divergence = cross-entropy − entropy',
  summary: 'Drag a target p and a prediction q: H(p) and KL(p‖q) add up to CE(p, q), and KL is not symmetric.',
  topics: ['entropy', 'cross-entropy', 'KL divergence'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Entropy, cross-entropy and what lies between',
      body: (s) => (
        <p>
          The target p = ({list(s.p)}) and the prediction q = ({list(s.q)}) are distributions over the same classes; drag any bar.
          The entropy H(p) = {n(entropy(s.p))} nats is the average surprise of outcomes drawn from p when they are coded with p
          itself. Cross-entropy CE(p, q) codes them with q instead, and KL(p‖q) is what that costs extra.
        </p>
      ),
      formulas: () => [
        { label: 'Entropy', tex: 'H(p) = -\\sum_j p_j \\log p_j' },
        { label: 'Cross-entropy', tex: '\\mathrm{CE}(p, q) = -\\sum_j p_j \\log q_j' },
        { label: 'KL divergence', tex: '\\mathrm{KL}(p \\,\\|\\, q) = \\sum_j p_j \\log \\frac{p_j}{q_j}' },
        { label: 'The identity', tex: '\\mathrm{KL}(p \\,\\|\\, q) = \\mathrm{CE}(p, q) - H(p)' },
      ],
      Figure: IdentityFigure,
      openIn: explorerKl,
      predict: {
        question: 'Can any prediction q make the cross-entropy CE(p, q) smaller than the entropy H(p)?',
        choices: [
          { id: 'never', label: 'No: CE(p, q) ≥ H(p), with equality only when q = p' },
          { id: 'confident', label: 'Yes: a q more confident than p' },
          { id: 'uniform', label: 'Yes: the uniform q' },
        ],
        // Gibbs' inequality: KL(p ‖ q) ≥ 0 for every p and q, so the answer does not depend on the state.
        answer: () => 'never',
        explain: (s) => (
          <p>
            CE(p, q) = H(p) + KL(p‖q), and KL(p‖q) is never negative (it is 0 only when q = p). Here KL(p‖q) ={' '}
            {n(kl(s.p, s.q))}, so CE(p, q) = {n(entropy(s.p))} + {n(kl(s.p, s.q))} = {n(crossEntropyPQ(s.p, s.q))}.
          </p>
        ),
      },
    },
    {
      title: 'KL is not symmetric',
      body: () => (
        <p>
          KL(p‖q) weighs the log-ratio by p, KL(q‖p) by q, so swapping the two generally changes the number. A divergence, not a
          distance. Both are exactly 0 when q = p, and only then.
        </p>
      ),
      formulas: () => [
        { label: 'KL of p from q', tex: '\\mathrm{KL}(p \\,\\|\\, q) = \\sum_j p_j \\log \\frac{p_j}{q_j}' },
        { label: 'KL of q from p', tex: '\\mathrm{KL}(q \\,\\|\\, p) = \\sum_j q_j \\log \\frac{q_j}{p_j}' },
      ],
      Figure: AsymmetryFigure,
      openIn: explorerKl,
      predict: {
        question: 'For these p and q, which is larger?',
        choices: [
          { id: 'pq', label: 'KL(p‖q)' },
          { id: 'qp', label: 'KL(q‖p)' },
          { id: 'equal', label: 'They are equal' },
        ],
        answer: (s) => {
          const pq = kl(s.p, s.q);
          const qp = kl(s.q, s.p);
          return pq === qp ? 'equal' : pq > qp ? 'pq' : 'qp';
        },
        explain: (s) => (
          <p>
            KL(p‖q) = {n(kl(s.p, s.q))} and KL(q‖p) = {n(kl(s.q, s.p))}. A class where q is small but p is not costs KL(p‖q) a
            lot (log p/q is large there and p weighs it heavily); KL(q‖p) barely notices it. Press “Set q equal to p” to see both
            fall to exactly 0.
          </p>
        ),
      },
    },
    {
      title: 'Minimising cross-entropy over q minimises KL',
      body: (s) => {
        const qt = mix(s.q, s.p, s.t);
        return (
          <p>
            H(p) depends on the target only. Training changes q, so CE(p, q) and KL(p‖q) move together, a constant {n(entropy(s.p))}{' '}
            apart, and the q that minimises one minimises the other: q = p, where KL is 0 and CE equals H(p). At t = {n(s.t)}: CE ={' '}
            {n(crossEntropyPQ(s.p, qt))}, KL = {n(kl(s.p, qt))}.
          </p>
        );
      },
      formulas: (s) => [
        { label: 'The path from q to p', tex: 'q_t = (1 - t)\\,q + t\\,p' },
        { label: 'Cross-entropy and KL differ by the entropy', tex: `\\mathrm{CE}(p, q_t) - \\mathrm{KL}(p \\,\\|\\, q_t) = H(p) = ${n(entropy(s.p))}` },
      ],
      Figure: PathFigure,
      openIn: explorerKl,
    },
  ],
};
