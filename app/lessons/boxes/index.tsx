import { boxLossRow, boxPieces } from '../../../src/math/lessons/boxes';
import { getPreset, presetValues } from '../../presets';
import { encodeView } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/view';
import type { LessonSpec } from '../types';
import { boxesFigure } from './BoxesFigure';
import { say } from './layout';
import { FIELDS, INITIAL, type BoxesState } from './state';

const PRESET_ID = 'box-iou-giou-diou-ciou';

/** The explorer's IoU vs GIoU vs DIoU vs CIoU preset, its cursor at offset `x`. */
function inExplorer(x: number): { label: string; href: string } {
  const p = getPreset(PRESET_ID)!;
  const href = encodeView({
    ...DEFAULT_VIEW,
    ids: p.ids,
    axis: p.axis,
    values: presetValues(p),
    unlinked: [],
    panels: p.panels ?? DEFAULT_VIEW.panels,
    xDomain: p.xDomain ?? [-5, 5],
    cursorX: x,
    preset: p.id,
  });
  return { label: 'Open IoU vs GIoU vs DIoU vs CIoU in the explorer', href };
}

const DRAG = 'Drag the blue box or its edges, or focus a handle and use the arrow keys.';

/** The Boxes lesson: a predicted box against its target, the four box losses and their gradients. */
export const lesson: LessonSpec<BoxesState> = {
  id: 'boxes',
  title: 'Box losses: IoU, GIoU, DIoU and CIoU',
  summary: 'Drag and resize a predicted box against its target: where IoU’s gradient vanishes, and what GIoU, DIoU and CIoU add.',
  topics: ['IoU loss', 'GIoU', 'DIoU', 'CIoU', 'bounding-box regression'],
  initial: INITIAL,
  fields: FIELDS,
  steps: [
    {
      title: 'Overlapping boxes: intersection over union',
      body: (s) => {
        const p = boxPieces(s.pred, s.target);
        return (
          <p>
            A detector predicts a box (blue) for an object whose true box is the green one. The IoU loss scores the
            pair by its overlap: the shared area I = {say(p.intersection)} over the area U = {say(p.union)} the two
            cover together, so IoU = {say(p.iou)} and the loss is {say(1 - p.iou)}. {DRAG}
          </p>
        );
      },
      formulas: (s) => {
        const p = boxPieces(s.pred, s.target);
        return [
          { label: 'IoU loss', tex: '\\begin{gathered} \\ell_{\\mathrm{IoU}} = 1 - \\frac{I}{U + \\varepsilon} \\\\ U = A_{\\mathrm{pred}} + A_{\\mathrm{target}} - I \\end{gathered}' },
          { label: 'This pair', tex: `\\begin{gathered} I = ${say(p.intersection)},\\quad U = ${say(p.union)} \\\\ \\ell_{\\mathrm{IoU}} = ${say(1 - p.iou)} \\end{gathered}` },
        ];
      },
      Figure: boxesFigure(['iou', 'intersection', 'union']),
      openIn: () => inExplorer(1),
    },
    {
      title: 'Boxes apart: IoU goes flat, GIoU still pulls',
      body: (s) => {
        const p = boxPieces(s.pred, s.target);
        return (
          <p>
            Press “Set them apart”, or drag the box clear of its target. With no overlap, I = 0 wherever the box sits,
            so the IoU loss is 1 {p.overlapping ? '(these boxes still overlap)' : 'here'} and cannot say which way to go. GIoU adds
            the share of the smallest enclosing box that neither box covers
            {p.overlapping ? '' : `, now ${say(p.emptyShare)}`}: it shrinks as the boxes approach.
          </p>
        );
      },
      formulas: () => [
        { label: 'GIoU loss', tex: '\\begin{gathered} \\ell_{\\mathrm{GIoU}} = 1 - \\frac{I}{U + \\varepsilon} \\\\ + \\frac{A_c - U}{A_c + \\varepsilon} \\end{gathered}' },
      ],
      Figure: boxesFigure(['iou', 'enclosingArea', 'emptyShare']),
      predict: {
        question: 'Once the boxes do not overlap at all, which losses still have a gradient that moves the predicted box?',
        choices: [
          { id: 'all', label: 'All four' },
          { id: 'not-iou', label: 'GIoU, DIoU and CIoU, but not IoU' },
          { id: 'none', label: 'None: without overlap there is nothing to follow' },
        ],
        // For every pair of boxes apart: I = 0 with no gradient, while A_c and ρ move with the box.
        answer: () => 'not-iou',
        explain: (s) => {
          const iou = boxLossRow('box_iou', s.pred, s.target);
          const g = boxLossRow('giou', s.pred, s.target);
          const apart = !boxPieces(s.pred, s.target).overlapping;
          return (
            <p>
              Apart, the intersection is 0 and stays 0 under any small move, so IoU’s gradient is exactly 0 in all four
              coordinates. The enclosing box A_c and the centre distance ρ still change with every move, so GIoU, DIoU and
              CIoU keep pulling.{' '}
              {apart
                ? `Here IoU’s ∂/∂x1 is ${say(iou.grad[0])} and GIoU’s is ${say(g.grad[0])}.`
                : 'These boxes still overlap: press “Set them apart” to see IoU’s row of zeros.'}
            </p>
          );
        },
      },
      openIn: () => inExplorer(3),
    },
    {
      title: 'DIoU pulls the centres together',
      body: (s) => {
        const p = boxPieces(s.pred, s.target);
        return (
          <p>
            When one box holds the other, the enclosing box is the larger one, so GIoU’s extra term is 0 and GIoU is
            no better than IoU (press “Put it inside”; here the term is {say(p.emptyShare)}). DIoU adds instead the
            squared distance between the centres (the orange line), ρ² = {say(p.rho2)}, over the enclosing box’s squared
            diagonal c² = {say(p.c2)}: it points straight at the target wherever the box is.
          </p>
        );
      },
      formulas: () => [
        { label: 'DIoU loss', tex: '\\begin{gathered} \\ell_{\\mathrm{DIoU}} = 1 - \\frac{I}{U + \\varepsilon} \\\\ + \\frac{\\rho^2}{c^2 + \\varepsilon} \\end{gathered}' },
      ],
      Figure: boxesFigure(['emptyShare', 'rho2', 'c2']),
      openIn: () => inExplorer(1),
    },
    {
      title: 'CIoU adds the aspect ratio',
      body: (s) => {
        const p = boxPieces(s.pred, s.target);
        return (
          <p>
            With both centres in one place (press “Same centre, other shape”) DIoU’s extra term is 0, however wrong the
            shape. CIoU adds α·v: v = {say(p.v)} here measures the gap between the boxes’ angles atan(w/h), and
            α = {say(p.alpha)} weights it more as the overlap improves. α is held fixed when the gradient is taken.
          </p>
        );
      },
      formulas: () => [
        {
          label: 'CIoU loss',
          tex: '\\begin{gathered} \\ell_{\\mathrm{CIoU}} = \\ell_{\\mathrm{DIoU}} + \\alpha v \\\\ v = \\tfrac{4}{\\pi^2}\\Bigl(\\arctan\\tfrac{w}{h} - \\arctan\\tfrac{\\hat w}{\\hat h}\\Bigr)^2 \\\\ \\alpha = \\frac{v}{1 - \\mathrm{IoU} + v + \\varepsilon} \\end{gathered}',
        },
      ],
      Figure: boxesFigure(['rho2', 'v', 'alpha']),
      openIn: () => inExplorer(1),
    },
  ],
};
