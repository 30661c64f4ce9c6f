import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../src/math/losses';
import { decodeView } from '../state/urlCodec';
import { curvesCodec, singleLossView } from './curvesCodec';

describe("the element's link fields", () => {
  it('write links that the app reads back as the same view, for every loss', () => {
    for (const spec of LOSSES) {
      const view = curvesCodec.decode(`?loss=${spec.id}`).state;
      const { state, notices } = decodeView(curvesCodec.encode(view));
      expect({ id: spec.id, notices }).toEqual({ id: spec.id, notices: [] });
      expect({ ids: state.ids, axis: state.axis, values: state.values, x: state.xDomain, at: state.cursorX, panels: state.panels }).toEqual({
        ids: view.ids,
        axis: view.axis,
        values: view.values,
        x: view.xDomain,
        at: view.cursorX,
        panels: view.panels,
      });
    }
  });

  it('clamp, drop and say what they changed as the app does', () => {
    const link = '?loss=huber,nope&delta=99&x=4,-4&panels=loss,d,zz';
    const mine = curvesCodec.decode(link);
    const app = decodeView(link);
    expect(mine.notices).toEqual(app.notices);
    expect(mine.state.values).toEqual(app.state.values);
    expect(mine.notices).toHaveLength(4);
  });

  it('keep a parameter set apart for one loss apart', () => {
    const view = curvesCodec.decode('?loss=hinge,squared_hinge&apart=margin&margin.hinge=0.5&margin.squared_hinge=2').state;
    expect(view.values).toEqual({ hinge: { margin: 0.5 }, squared_hinge: { margin: 2 } });
    expect(decodeView(curvesCodec.encode(view)).state.values).toEqual(view.values);
  });

  it('fall back to one Huber curve, with a notice, when no loss can be drawn', () => {
    const { state, notices } = curvesCodec.decode('?loss=nope');
    expect(state).toEqual(singleLossView('huber'));
    expect(notices).toEqual(['Unknown loss “nope” dropped.', 'No loss to draw; showing Huber.']);
  });
});
