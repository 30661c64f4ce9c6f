import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './store';
import { decodeView, encodeView } from './urlCodec';

const st = () => useApp.getState().explorer;

// arcface's m is an angle in [0, 1]; sphereface's m is an integer from 1 to 4: one name, two quantities.
describe('a parameter name two drawn losses use for different quantities', () => {
  beforeEach(() => useApp.setState(useApp.getInitialState(), true));

  it('is kept apart when a loss joins: each loss keeps its own default and its own slider value', () => {
    st().select(['arcface'], 'similarity');
    st().setParam('m', 0.3);
    st().toggleLoss('sphereface');
    expect(st().unlinked).toContain('m');
    expect(st().values.arcface?.m).toBe(0.3);
    expect(st().values.sphereface?.m).toBe(4);
    st().setParam('m', 2, 'sphereface');
    expect(st().values.arcface?.m).toBe(0.3);
    expect(st().values.sphereface?.m).toBe(2);
  });

  it('cannot be linked again', () => {
    st().select(['arcface', 'sphereface'], 'similarity');
    st().setLinked('m', true);
    expect(st().unlinked).toContain('m');
    expect(st().values.arcface?.m).toBe(0.5);
    expect(st().values.sphereface?.m).toBe(4);
  });

  it('travels in the link as name.lossId, and reads back', () => {
    const { state, notices } = decodeView('?loss=arcface,sphereface&axis=similarity&m.sphereface=2&m.arcface=0.25');
    expect(notices).toEqual([]);
    expect(state.values.arcface?.m).toBe(0.25);
    expect(state.values.sphereface?.m).toBe(2);
    const link = encodeView(state);
    expect(new URLSearchParams(link).get('apart')).toBe('m');
    expect(decodeView(link).state.values).toEqual(state.values);
  });

  it('a link without values opens with each loss at its own default', () => {
    const { state } = decodeView('?loss=arcface,sphereface');
    expect(state.values.arcface?.m).toBe(0.5);
    expect(state.values.sphereface?.m).toBe(4);
  });
});
