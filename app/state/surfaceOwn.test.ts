import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { SURFACE_LOSSES, surfaceLoss } from '../../src/math/surface';
import { OWN_ENGINE } from './ownChunk';
import { setOwnEngine } from './ownHook';
import { useApp } from './store';
import { decodeSurface, encodeSurface } from './surfaceCodec';
import { lossesFor } from './surfaceState';

const LINK = '?view=surface&model=regression&own1=abs(r)%5Eq&own1.axis=residual&own1.ranges=q:0.5:3&loss=mse,own1&q=1.5';

describe('typed losses on the surface view', () => {
  beforeEach(() => setOwnEngine(OWN_ENGINE));
  afterEach(() => {
    useApp.getState().own.load([]);
    OWN_ENGINE.installOwn([]);
    setOwnEngine(undefined);
  });

  it('a link carries them: registered before the loss field names them, with their parameter and range', () => {
    const { state, notices } = decodeSurface(LINK);
    expect(notices).toEqual([]);
    expect(state.losses).toEqual(['mse', 'own1']);
    expect(state.values.own1).toEqual({ q: 1.5 });
    expect(state.own).toEqual([{ id: 'own1', text: 'abs(r)^q', axis: 'residual', ranges: { q: [0.5, 3] } }]);
    expect(surfaceLoss('regression', 'own1')?.typed?.text).toBe('abs(r)^q');
    // Written back, the link reads the same.
    expect(decodeSurface(encodeSurface(state)).state).toEqual(state);
  });

  it('a margin formula is not a regression surface: the link says so and keeps the rest', () => {
    const { state, notices } = decodeSurface('?view=surface&model=regression&own2=log(1%20%2B%20exp(-a*m))&own2.axis=margin&loss=own2,huber');
    expect(state.losses).toEqual(['huber']);
    expect(state.own?.map((d) => d.id)).toEqual(['own2']);
    expect(notices.join(' ')).toMatch(/“own2” cannot be drawn as a regression surface/);
    expect(lossesFor('binary')).toContain('own2');
  });

  it('loading a link fills the shared slice; removing the formula empties the slot, editing it keeps it', () => {
    const app = () => useApp.getState();
    app().surface.load(decodeSurface(LINK).state);
    expect(app().own.defs.map((d) => d.text)).toEqual(['abs(r)^q']);
    expect(app().surface.own?.map((d) => d.text)).toEqual(['abs(r)^q']);
    expect(app().own.setText('own1', 'abs(r)^q + a*r^2')).toBe(true);
    expect(app().surface.losses).toEqual(['mse', 'own1']);
    expect(getLoss('own1')!.params.map((p) => p.name)).toEqual(['q', 'a']);
    expect(app().surface.values.own1).toEqual({ q: 1.5, a: 1 });
    expect(app().surface.own?.[0]?.text).toBe('abs(r)^q + a*r^2');
    app().own.remove('own1');
    expect(app().surface.losses).toEqual(['mse']);
    expect(app().surface.own).toBeUndefined();
    expect(lossesFor('regression')).toEqual(SURFACE_LOSSES.regression);
  });

  it('with every slot emptied by a removal, the model’s opening loss stands in', () => {
    const app = () => useApp.getState();
    app().surface.load(decodeSurface('?view=surface&model=regression&own1=r%5E2&loss=own1').state);
    expect(app().surface.losses).toEqual(['own1']);
    app().own.remove('own1');
    expect(app().surface.losses).toEqual(['mse']);
  });
});
