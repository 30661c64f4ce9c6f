import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../../src/math/losses';
import { BOX_LOSS_IDS, BOX_LOSS_NAME, type Box } from '../../../src/math/lessons/boxes';
import { decodeView } from '../../state/urlCodec';
import { makeCodec } from '../../state/link';
import { dragEdit, keyEdit, moveBox, setEdge } from './boxEdits';
import { lesson } from './index';
import { show } from './layout';
import { EXAMPLES, FIELDS, INITIAL, MIN_SIDE, TARGET, type BoxesState } from './state';

const codec = makeCodec<BoxesState>('lesson', FIELDS, () => INITIAL);
const noop = () => {};
const figure = (i: number, revealed: boolean, state: BoxesState = INITIAL, width = 1000) =>
  renderToStaticMarkup(createElement(lesson.steps[i]!.Figure, { state, set: noop, revealed, width }));
/** Value and gradient of loss `id` for one pair, straight from the registry. */
function registry(id: string, pred: Box, target: Box) {
  const spec = getLoss(id)!;
  const inputs = { pred: [[...pred]], target: [[...target]] };
  return { value: spec.value(inputs, {}), grad: (spec.grad(inputs, {}).pred as number[][])[0]! };
}
/** The markup of an <output> with this accessible name and text. */
const output = (name: string, text: string) => `<output aria-label="${name}">${text}</output>`;

describe('boxes lesson: link fields', () => {
  it('round-trips a changed state and uses no reserved key', () => {
    const s: BoxesState = { pred: [0.5, 1.25, 2, 9.75], target: [6, 6, 8.5, 7], arrows: 'ciou' };
    const { state, notices } = codec.decode(codec.encode(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
    const keys = FIELDS.flatMap((f) => f.keys(INITIAL));
    for (const k of ['v', 'view', 'id', 'step', 'answer']) expect(keys).not.toContain(k);
  });

  it('clamps coordinates to the plane with a notice, and ignores what is not a box', () => {
    const far = codec.decode('?pred=-2,1,3,12');
    expect(far.state.pred).toEqual([0, 1, 3, 10]);
    expect(far.notices).toHaveLength(2);
    for (const bad of ['?pred=1,2,3', '?pred=1,x,3,4', '?pred=3,1,2,4', '?target=1,1,1.1,4']) {
      const d = codec.decode(bad);
      expect(d.state).toEqual(INITIAL);
      expect(d.notices.join(' ')).toMatch(/pred|target/);
    }
    const arrows = codec.decode('?arrows=mse');
    expect(arrows.state.arrows).toBe(INITIAL.arrows);
    expect(arrows.notices.join(' ')).toMatch(/arrows/);
  });
});

describe('boxes lesson: edits', () => {
  const b: Box = [4, 4, 7, 6.5];
  it('keys move an edge along its own axis only, and the box by 0.1 (Shift 0.5), stopping at the plane', () => {
    expect(keyEdit(b, 0, 'ArrowRight', false)).toEqual([4.1, 4, 7, 6.5]);
    expect(keyEdit(b, 0, 'ArrowUp', false)).toBeUndefined();
    expect(keyEdit(b, 3, 'ArrowUp', true)).toEqual([4, 4, 7, 6]);
    expect(keyEdit(b, 'move', 'ArrowDown', false)).toEqual([4, 4.1, 7, 6.6]);
    expect(keyEdit(b, 'move', 'Enter', false)).toBeUndefined();
    expect(moveBox(b, 10, 0)).toEqual([7, 4, 10, 6.5]);
  });

  it('an edge keeps the box at least MIN_SIDE wide and on the plane', () => {
    expect(setEdge(b, 0, 9)).toEqual([7 - MIN_SIDE, 4, 7, 6.5]);
    expect(setEdge(b, 2, -3)).toEqual([4, 4, 4 + MIN_SIDE, 6.5]);
    expect(setEdge(b, 3, 12)).toEqual([4, 4, 7, 10]);
    expect(dragEdit(b, 'move', 2.02, 2.01)).toEqual([0.5, 0.75, 3.5, 3.25]);
  });
});

describe('boxes lesson: figures show the registry’s numbers', () => {
  it.each(EXAMPLES.map((e) => [e.label, e.pred] as const))('%s: every value and gradient in the table', (_, pred) => {
    const state = { ...INITIAL, pred };
    const html = figure(0, true, state);
    for (const id of BOX_LOSS_IDS) {
      const want = registry(id, pred, TARGET);
      const name = BOX_LOSS_NAME[id];
      expect(html).toContain(output(`${name} value`, show(want.value)));
      ['x1', 'y1', 'x2', 'y2'].forEach((c, k) => expect(html).toContain(output(`${name} ∂/∂${c}`, show(want.grad[k]!))));
    }
  });

  it('apart, IoU’s gradient is shown as exactly 0 and GIoU’s is not', () => {
    const apart = EXAMPLES.find((e) => e.label === 'Set them apart')!.pred;
    const html = figure(1, true, { ...INITIAL, pred: apart, arrows: 'box_iou' });
    for (const c of ['x1', 'y1', 'x2', 'y2']) expect(html).toContain(output(`IoU ∂/∂${c}`, '0'));
    expect(registry('giou', apart, TARGET).grad.some((g) => g !== 0)).toBe(true);
    expect(html).not.toContain(output('GIoU ∂/∂x1', '0'));
    expect(html).toContain('gradient is exactly 0 here');
  });

  it('the question step hides gradients and arrows until answered', () => {
    const closed = figure(1, false);
    expect(closed).not.toContain('∂/∂x1">');
    expect(closed).not.toContain('boxes-arrows');
    expect(figure(1, true)).toContain('boxes-arrows');
  });

  it('every step draws at a phone’s width and at a projector’s, with five named handles', () => {
    for (let i = 0; i < lesson.steps.length; i++) {
      for (const width of [343, 1200]) {
        const html = figure(i, true, INITIAL, width);
        for (const name of ['left edge x1', 'right edge x2', 'top edge y1', 'bottom edge y2', 'predicted box']) {
          expect(html).toContain(`aria-label="${name}"`);
        }
      }
    }
  });

  it('the predict answer holds for the apart example: IoU has no gradient, the other three have one', () => {
    const apart = EXAMPLES.find((e) => e.label === 'Set them apart')!.pred;
    expect(lesson.steps[1]!.predict!.answer(INITIAL)).toBe('not-iou');
    expect(registry('box_iou', apart, TARGET).grad.every((g) => g === 0)).toBe(true);
    for (const id of ['giou', 'diou', 'ciou']) expect(registry(id, apart, TARGET).grad.some((g) => g !== 0)).toBe(true);
  });

  it('each example shows what its step says: inside, GIoU’s extra term is 0; same centre, ρ = 0 and v > 0', () => {
    const inside = EXAMPLES.find((e) => e.label === 'Put it inside')!.pred;
    expect(registry('giou', inside, TARGET).value).toBeCloseTo(registry('box_iou', inside, TARGET).value, 12);
    const shape = EXAMPLES.find((e) => e.label === 'Same centre, other shape')!.pred;
    expect(registry('diou', shape, TARGET).value).toBeCloseTo(registry('box_iou', shape, TARGET).value, 12);
    expect(registry('ciou', shape, TARGET).value).toBeGreaterThan(registry('diou', shape, TARGET).value + 0.01);
  });

  it('every step opens the explorer on the box preset', () => {
    for (const step of lesson.steps) {
      const { state } = decodeView(new URL(step.openIn!(INITIAL).href, 'http://localhost').search);
      expect(state.preset).toBe('box-iou-giou-diou-ciou');
    }
  });
});
