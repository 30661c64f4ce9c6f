import { adjacentRepeats, collapse } from '../../../src/math/ctcLattice';
import { alignmentCount, BLANK, ctcPicture, labelsOf, minFrames, spell } from '../../../src/math/lessons/ctc';
import { texNumber } from '../../../src/math/tex';
import type { LessonSpec } from '../types';
import { AlignmentFigure, DESCENT_RATE, GradientFigure, MovesFigure, PosteriorFigure } from './figures';
import { FIELDS, INITIAL, type CtcState } from './state';

/** The frame string the first question asks about: A A ε A B B. */
const QUIZ = [1, 1, 0, 1, 2, 2];
const say = (v: number) => String(Number(v.toPrecision(4)));
const picture = (s: CtcState) => ctcPicture(s.target, s.z);

export const lesson: LessonSpec<CtcState> = {
  id: 'ctc',
  title: 'CTC: aligning a short target to many frames',
  summary:
    'Every frame emits a letter or a blank; all frame strings that collapse to the target count, summed by a forward-backward pass over a lattice.',
  topics: ['CTC', 'alignment', 'forward-backward', 'sequence loss', 'speech and OCR'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Many frame strings spell one target',
      body: (s) => {
        const pic = picture(s);
        return (
          <>
            <p>
              A recogniser sees T = {s.frames} frames (slices of audio, columns of an image) and gives every frame a score for each letter
              and for a blank ε. The target {s.target} has only {s.target.length} letters, and nobody marked which frame carries which.
            </p>
            <p>
              CTC reads a frame string by merging runs of the same symbol and then dropping the blanks. Every string that reads as the
              target is an alignment, and there are {alignmentCount(pic.target, s.frames)} of them here. The loss uses their total
              probability, {say(pic.p)}, not only the likeliest one ({spell(pic.path.symbols)}, drawn on the grid).
            </p>
          </>
        );
      },
      formulas: (s) => {
        const pic = picture(s);
        return [
          {
            label: 'the probability of the target sums over every alignment',
            tex: String.raw`p(\mathbf y) = \sum_{\pi\,:\,\mathcal B(\pi) = \mathbf y}\ \prod_{t=1}^{T} p_t(\pi_t) = ${texNumber(pic.p)}`,
          },
        ];
      },
      Figure: AlignmentFigure,
      predict: {
        question: 'Six frames emit A A ε A B B. Which word does that spell?',
        choices: [
          { id: 'AAB', label: 'AAB' },
          { id: 'AB', label: 'AB' },
          { id: 'AAABB', label: 'AAABB' },
        ],
        answer: () => spell(collapse(QUIZ, BLANK), ''),
        explain: () => (
          <p>
            Merge first: A A becomes A and B B becomes B, giving A ε A B. Then drop the blank: {spell(collapse(QUIZ, BLANK), '')}. The blank
            kept the two A’s apart; without it they would have merged into one.
          </p>
        ),
      },
    },
    {
      title: 'The lattice and its moves',
      body: (s) => {
        const y = labelsOf(s.target);
        return (
          <>
            <p>
              Write the target with a blank before, between and after its letters: {spell([0, ...y.flatMap((k) => [k, 0])])}. An alignment is a
              path through these rows, one column per frame. It starts on the first blank or the first letter, and at each frame it stays,
              moves down one row, or jumps two rows, over a blank, to the next letter.
            </p>
            <p>
              It must end on the last letter or the last blank. Nodes that no such path can reach are drawn pale. {s.target} has{' '}
              {adjacentRepeats(y)} doubled neighbour{adjacentRepeats(y) === 1 ? '' : 's'}.
            </p>
          </>
        );
      },
      formulas: (s) => {
        const y = labelsOf(s.target);
        return [
          {
            label: 'the forward recursion: the jump over a blank is allowed only between different letters',
            tex: String.raw`\alpha_t(s) = \bigl(\alpha_{t-1}(s) + \alpha_{t-1}(s-1) + [y'_s \ne y'_{s-2}]\,\alpha_{t-1}(s-2)\bigr)\,p_t(y'_s)`,
          },
          {
            label: 'the fewest frames a target needs',
            tex: String.raw`T \ge L + \#\{\text{repeated neighbours}\} = ${y.length} + ${adjacentRepeats(y)} = ${minFrames(y)}`,
          },
        ];
      },
      Figure: MovesFigure,
      predict: {
        question: 'Which move does the lattice never allow?',
        choices: [
          { id: 'same', label: 'Jumping over the blank between two equal letters' },
          { id: 'different', label: 'Jumping over the blank between two different letters' },
          { id: 'stay', label: 'Staying on a blank for several frames' },
        ],
        answer: () => 'same',
        explain: (s) => {
          const y = labelsOf(s.target);
          return adjacentRepeats(y) > 0 ? (
            <p>
              If a path went from one A straight to the next A, the two frames would merge into a single A and the string would spell a
              different word. So a blank frame must sit between them, and {s.target} needs at least {minFrames(y)} frames, one more than its{' '}
              {y.length} letters per doubled neighbour. The dashed lines are the jumps that are allowed.
            </p>
          ) : (
            <p>
              If a path went straight from one letter to an equal one, the two would merge and spell a different word. {s.target} has no
              doubled neighbour, so every jump here is allowed (dashed); choose AAB or ABBA to see one go missing.
            </p>
          );
        },
      },
    },
    {
      title: 'Forward-backward: where the probability flows',
      body: (s) => {
        const pic = picture(s);
        return (
          <p>
            The forward pass α sums the paths that reach a node from the start; the backward pass β sums those that go on from it to the
            end. Their product over p(target) is the share of all alignments that pass through that node at that frame, shaded here. The
            loss is −log p(target) divided by the {pic.target.length} letters: {say(pic.loss)}.
          </p>
        );
      },
      formulas: (s) => {
        const pic = picture(s);
        return [
          { label: 'the posterior of a lattice node', tex: String.raw`\gamma_t(s) = \frac{\alpha_t(s)\,\beta_t(s)}{p(\mathbf y)}` },
          {
            label: 'the loss, with the target length L',
            tex: String.raw`\ell = -\frac{1}{L}\log p(\mathbf y) = -\frac{1}{${pic.target.length}}\log ${texNumber(pic.p)} = ${texNumber(pic.loss)}`,
          },
        ];
      },
      Figure: PosteriorFigure,
      predict: {
        question: 'Add up the shaded posteriors of one frame’s column. What do you get?',
        choices: [
          { id: 'one', label: '1, at every frame' },
          { id: 'p', label: 'p(target)' },
          { id: 'varies', label: 'A different number at each frame' },
        ],
        answer: (s) => (picture(s).gamma.every((col) => Math.abs(col.reduce((a, b) => a + b, 0) - 1) < 1e-9) ? 'one' : 'varies'),
        explain: () => (
          <p>
            Every alignment visits exactly one node per frame. So at each frame the alignments split among that column’s nodes, and the
            shares add up to the whole: 1. Changing the logits moves the shading within a column, never its total.
          </p>
        ),
      },
    },
    {
      title: 'The gradient: which logits go up',
      body: (s) => {
        const pic = picture(s);
        return (
          <p>
            At each frame the model gives class k the probability p<sub>t</sub>(k), and the alignments, weighted by how likely they are,
            want the share Σγ of the rows showing k. The gradient is the difference, over L. A descent step raises every logit where the
            alignments want more than the model gives, and lowers the rest; press the button to take one (step size {DESCENT_RATE}) and watch
            the loss, now {say(pic.loss)}, fall.
          </p>
        );
      },
      formulas: () => [
        {
          label: 'the gradient of the loss for the logit of class k at frame t',
          tex: String.raw`\frac{\partial \ell}{\partial z_{t,k}} = \frac{1}{L}\Bigl(p_t(k) - \sum_{s\,:\,y'_s = k}\gamma_t(s)\Bigr)`,
        },
      ],
      Figure: GradientFigure,
      predict: {
        question: 'Which logits does a gradient-descent step raise?',
        choices: [
          { id: 'wanted', label: 'Those whose class the alignments want more than the model now gives it' },
          { id: 'target', label: 'Every letter of the target, at every frame' },
          { id: 'top', label: 'The largest logit of each frame' },
        ],
        answer: (s) => {
          const pic = picture(s);
          const rule = pic.grad.every((row, t) => row.every((g, k) => g < 0 === pic.wanted[t]![k]! > pic.probs[t]![k]!));
          return rule ? 'wanted' : 'target';
        },
        explain: (s) => {
          const pic = picture(s);
          const t = 0;
          const k = pic.path.symbols[t]!;
          return (
            <p>
              The gradient is p − Σγ, so its sign says whether the model gives a class more or less than the alignments want. At frame 1 the
              path shows {spell([k])}: the model gives it {say(pic.probs[t]![k]!)} and the alignments want {say(pic.wanted[t]![k]!)}. A letter
              of the target can be pushed down at a frame where the alignments prefer a blank.
            </p>
          );
        },
      },
      openIn: () => ({ label: 'Open CTC in the curve explorer', href: '?loss=ctc&axis=logit' }),
    },
  ],
};
