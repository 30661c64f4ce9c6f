import { contrastiveTable, tripletTable } from '../../../src/math/lessons/metric';
import { arcfaceRow, infonceBatch } from '../../../src/math/lessons/metricCircle';
import { fmt } from '../../state/link';
import type { LessonSpec } from '../types';
import { ArcFaceFigure } from './ArcFaceFigure';
import { ContrastiveFigure } from './ContrastiveFigure';
import { InfoNceBatchFigure, InfoNceTemperatureFigure } from './InfoNceFigure';
import { say } from './layout';
import { FIELDS, INITIAL, type MetricState } from './state';
import { TripletFigure } from './TripletFigure';

const explorer = (loss: string, params: Record<string, number>) => {
  const q = new URLSearchParams({ v: '2', loss });
  for (const [k, v] of Object.entries(params)) q.set(k, fmt(v));
  return `?${q.toString()}`;
};

/** Lesson 9: triplets, contrastive pairs, InfoNCE and ArcFace with points a learner drags. */
export const lesson: LessonSpec<MetricState> = {
  id: 'metric',
  title: 'Metric learning in a plane',
  summary: 'Drag an anchor, a positive and negatives: triplet zones, contrastive margins, InfoNCE’s temperature and batch, ArcFace’s angular margin.',
  topics: ['triplet loss', 'hard negatives', 'contrastive loss', 'InfoNCE', 'temperature', 'ArcFace'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Triplets: easy, semi-hard and hard negatives',
      body: (s) => {
        const t = tripletTable(s.anchor, s.positive, s.negatives, s.margin);
        return (
          <p>
            A triplet loss compares two distances from the same anchor A: to a positive P of its own class
            (here {say(t.dap)}) and to a negative N of another class. It is zero once N is at least the margin
            m = {fmt(s.margin)} farther than P. Negatives inside the disc through P are <em>hard</em>, those in the
            ring just outside it are <em>semi-hard</em>, and the rest are <em>easy</em> and teach nothing. Drag
            the points, or focus one and use the arrow keys.
          </p>
        );
      },
      formulas: (s) => [
        { label: 'Triplet loss of one negative', tex: `\\begin{gathered} \\ell = \\max(0,\\ d_{ap} - d_{an} + m) \\\\ m = ${fmt(s.margin)} \\end{gathered}` },
        {
          label: 'Kinds of negative',
          tex: '\\begin{aligned} \\text{hard: }& d_{an} < d_{ap} \\\\ \\text{semi-hard: }& d_{ap} \\le d_{an} < d_{ap} + m \\\\ \\text{easy: }& d_{an} \\ge d_{ap} + m \\end{aligned}',
        },
      ],
      Figure: TripletFigure,
      predict: {
        question: 'Is negative N1 hard, semi-hard or easy for this anchor and positive?',
        choices: [
          { id: 'hard', label: 'Hard' },
          { id: 'semi-hard', label: 'Semi-hard' },
          { id: 'easy', label: 'Easy' },
        ],
        answer: (s) => tripletTable(s.anchor, s.positive, s.negatives.slice(0, 1), s.margin).rows[0]!.kind,
        explain: (s) => {
          const t = tripletTable(s.anchor, s.positive, s.negatives.slice(0, 1), s.margin);
          const r = t.rows[0]!;
          return (
            <p>
              N1 is {say(r.dan)} from A and P is {say(t.dap)}, so N1 is {r.kind}: its triplet loss is{' '}
              max(0, {say(t.dap)} − {say(r.dan)} + {fmt(s.margin)}) = {say(r.loss)}. FaceNet trained on semi-hard
              negatives: they still have a loss, but are not so close that training collapses.
            </p>
          );
        },
      },
      openIn: (s) => ({ label: 'Open the triplet loss in the explorer', href: explorer('triplet', { margin: s.margin }) }),
    },
    {
      title: 'Contrastive pairs and their margin',
      body: (s) => {
        const c = contrastiveTable(s.anchor, s.positive, s.negatives, s.margin);
        return (
          <p>
            The contrastive loss looks at one pair at a time. A similar pair pays half its squared distance
            (A–P: {say(c.positive.loss)}); a dissimilar pair pays only while it is closer than the margin
            m = {fmt(s.margin)}, the ring around A. Pairs labelled similar or not teach a similarity; triplets teach a ranking (P before N).
          </p>
        );
      },
      formulas: (s) => [
        { label: 'Contrastive loss of a pair', tex: `\\begin{aligned} \\ell = {}& y\\,\\tfrac12 d^2 \\\\ &+ (1-y)\\,\\tfrac12\\max(0,\\ m - d)^2 \\\\ m = {}& ${fmt(s.margin)} \\end{aligned}` },
      ],
      Figure: ContrastiveFigure,
      predict: {
        question: 'What does a negative outside the margin ring add to the contrastive loss?',
        choices: [
          { id: 'zero', label: 'Nothing' },
          { id: 'less', label: 'A little, less the farther it is' },
          { id: 'more', label: 'More the farther it is' },
        ],
        answer: () => 'zero',
        explain: (s) => (
          <p>
            For a dissimilar pair (y = 0) the loss is ½·max(0, m − d)², which is exactly 0 once d ≥ m = {fmt(s.margin)}:
            the push on a negative fades to nothing at the ring, so far-away negatives cost no effort.
          </p>
        ),
      },
      openIn: (s) => ({ label: 'Open the contrastive loss in the explorer', href: explorer('contrastive', { margin: s.margin }) }),
    },
    {
      title: 'InfoNCE: temperature picks the hardest negative',
      body: (s) => {
        const b = infonceBatch(s.qa, s.qp, s.qn, s.tau);
        return (
          <p>
            On the unit circle the similarity of two embeddings is the cosine of the angle between them. InfoNCE
            asks the anchor to pick its positive (s⁺ = {say(b.sPos)}) out of the batch: a softmax cross-entropy
            over similarities divided by the temperature τ = {fmt(s.tau)}. Each negative pushes with weight wⱼ;
            bigger markers push harder.
          </p>
        );
      },
      formulas: (s) => [
        {
          label: 'InfoNCE loss of the anchor',
          tex: `\\begin{gathered} \\ell = -\\log \\frac{e^{s^+/\\tau}}{e^{s^+/\\tau} + \\sum_{j} e^{s^-_j/\\tau}} \\\\ \\tau = ${fmt(s.tau)} \\end{gathered}`,
        },
        { label: 'Weight of negative j, and its push', tex: '\\begin{gathered} w_j = \\frac{e^{s^-_j/\\tau}}{\\sum_k e^{s^-_k/\\tau}} \\\\ \\frac{\\partial \\ell}{\\partial s^-_j} = (1 - p^+)\\,\\frac{w_j}{\\tau} \\end{gathered}' },
      ],
      Figure: InfoNceTemperatureFigure,
      predict: {
        question: 'Lower the temperature towards 0.02. Where does the negatives’ weight go?',
        choices: [
          { id: 'hardest', label: 'Onto the negative most similar to the anchor' },
          { id: 'even', label: 'It spreads evenly over all negatives' },
          { id: 'easiest', label: 'Onto the least similar negative' },
        ],
        answer: () => 'hardest',
        explain: (s) => {
          const b = infonceBatch(s.qa, s.qp, s.qn, s.tau);
          return (
            <p>
              Two weights differ by the factor e^((sᵢ − sⱼ)/τ), which grows without bound as τ falls, so the most
              similar negative (now N{b.hardest + 1}, weight {say(b.weights[b.hardest]!)}) takes nearly all of it. A high
              temperature spreads the push evenly.
            </p>
          );
        },
      },
      openIn: (s) => ({ label: 'Open InfoNCE in the explorer', href: explorer('infonce', { temperature: s.tau }) }),
    },
    {
      title: 'InfoNCE: a larger batch is a harder task',
      body: (s) => {
        const b = infonceBatch(s.qa, s.qp, s.qn, s.tau);
        return (
          <p>
            The batch here is the positive and k = {s.qn.length} negatives. Guessing at random among k + 1 keys costs
            log(k + 1) = {say(b.chance)}. Add negatives and watch the loss and the probability of P.
          </p>
        );
      },
      formulas: (s) => [
        { label: 'InfoNCE as a sum over the negatives', tex: `\\begin{gathered} \\ell = \\log\\Bigl(1 + \\sum_{j=1}^{k} e^{(s^-_j - s^+)/\\tau}\\Bigr) \\\\ k = ${s.qn.length} \\end{gathered}` },
      ],
      Figure: InfoNceBatchFigure,
      predict: {
        question: 'Add one more negative anywhere on the circle. What happens to the InfoNCE loss?',
        choices: [
          { id: 'rises', label: 'It rises' },
          { id: 'falls', label: 'It falls' },
          { id: 'depends', label: 'It depends on where the negative goes' },
        ],
        answer: () => 'rises',
        explain: (s) => {
          const b = infonceBatch(s.qa, s.qp, s.qn, s.tau);
          return (
            <p>
              Every negative adds a positive term e^((s⁻ − s⁺)/τ) inside the logarithm, so the loss rises wherever it
              goes; a far one adds little, a near one a lot. With k = {s.qn.length} the loss is {say(b.loss)}. This is
              why contrastive training likes large batches: more negatives make a harder, more informative task.
            </p>
          );
        },
      },
      openIn: (s) => ({ label: 'Open InfoNCE in the explorer', href: explorer('infonce', { temperature: s.tau }) }),
    },
    {
      title: 'ArcFace: an angular margin on the circle',
      body: (s) => {
        const r = arcfaceRow(s.qa, s.qp, s.qn, s.s, s.m);
        return (
          <p>
            ArcFace is a softmax over class centres on the circle, scored by cosines times a scale s. For the
            feature’s own class it first widens the angle θ = {r.thetaDeg.toFixed(1)}° by m = {fmt(s.m)} rad, so the
            feature must sit closer to its centre than the others by that margin before it wins.
          </p>
        );
      },
      formulas: (s) => [
        {
          label: 'ArcFace loss of one feature',
          tex: `\\begin{gathered} \\ell = -\\log \\frac{e^{z_y}}{e^{z_y} + \\sum_{j \\ne y} e^{s\\cos\\theta_j}} \\\\ z_y = s\\cos(\\theta_y + m) \\\\ s = ${fmt(s.s)},\\ m = ${fmt(s.m)} \\end{gathered}`,
        },
      ],
      Figure: ArcFaceFigure,
      predict: {
        question: 'Compared with no margin (m = 0), does the margin make this feature’s loss higher, the same or lower?',
        choices: [
          { id: 'higher', label: 'Higher' },
          { id: 'same', label: 'The same' },
          { id: 'lower', label: 'Lower' },
        ],
        answer: (s) => {
          const r = arcfaceRow(s.qa, s.qp, s.qn, s.s, s.m);
          return r.loss > r.lossNoMargin ? 'higher' : r.loss < r.lossNoMargin ? 'lower' : 'same';
        },
        explain: (s) => {
          const r = arcfaceRow(s.qa, s.qp, s.qn, s.s, s.m);
          return (
            <p>
              With m = {fmt(s.m)} the loss is {say(r.loss)}, against {say(r.lossNoMargin)} with m = 0. While θ + m stays
              below 180° the cosine of the widened angle is smaller, so the own class scores lower and the loss is higher:
              the margin keeps pulling features towards their centre after a plain softmax would be satisfied.
            </p>
          );
        },
      },
      openIn: (s) => ({ label: 'Open ArcFace in the explorer', href: explorer('arcface', { s: s.s, m: s.m }) }),
    },
  ],
};
