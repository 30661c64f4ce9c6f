import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './store';

const st = () => useApp.getState().explorer;
const notices = () => useApp.getState().notices;

describe('atlas store', () => {
  beforeEach(() => useApp.setState(useApp.getInitialState(), true));

  it('starts with the defaults of the selected losses', () => {
    expect(st().values.huber?.delta).toBe(1);
  });

  it('moves a linked parameter in every loss that has it, and only one when set apart', () => {
    st().select(['hinge', 'squared_hinge'], 'margin');
    st().setParam('margin', 2);
    expect(st().values.hinge?.margin).toBe(2);
    expect(st().values.squared_hinge?.margin).toBe(2);
    st().setLinked('margin', false);
    st().setParam('margin', 0.5, 'hinge');
    expect(st().values.hinge?.margin).toBe(0.5);
    expect(st().values.squared_hinge?.margin).toBe(2);
    st().setLinked('margin', true);
    expect(st().values.squared_hinge?.margin).toBe(0.5);
  });

  it('adds a loss with a linked value from the losses already there', () => {
    st().select(['hinge'], 'margin');
    st().setParam('margin', 1.5);
    st().toggleLoss('squared_hinge');
    expect(st().ids).toEqual(['hinge', 'squared_hinge']);
    expect(st().values.squared_hinge?.margin).toBe(1.5);
  });

  it('refuses to add a loss that has no curve over the current axis', () => {
    st().toggleLoss('triplet');
    expect(st().ids).not.toContain('triplet');
  });

  it('resets parameters to their defaults', () => {
    st().setParam('delta', 2.5);
    st().resetParams();
    expect(st().values.huber?.delta).toBe(1);
  });

  it('keeps notices until dismissed', () => {
    notices().notify(['a', 'b']);
    const [a] = notices().items;
    notices().dismiss(a!.id);
    expect(notices().items.map((n) => n.text)).toEqual(['b']);
  });

  it('replaces the notices about the previous address, keeping the others, with ids that never repeat', () => {
    notices().replaceLinkNotices(['link 1', 'link 2']);
    notices().notify(['app']);
    notices().replaceLinkNotices(['link 3']);
    expect(notices().items.map((n) => n.text)).toEqual(['app', 'link 3']);
    const ids = notices().items.map((n) => n.id);
    expect(new Set(ids).size).toBe(2);
    expect(Math.min(...ids)).toBeGreaterThan(2);
  });

  it('marks a preset only while the view is what it shows', () => {
    st().applyPreset('hinge-squared-hinge');
    expect(st().preset).toBe('hinge-squared-hinge');
    st().setParam('margin', 2);
    expect(st().preset).toBeUndefined();
    st().setParam('margin', 1);
    expect(st().preset).toBeUndefined();
    st().applyPreset('hinge-squared-hinge');
    st().setCursor(0.5);
    expect(st().preset).toBe('hinge-squared-hinge');
  });
});
