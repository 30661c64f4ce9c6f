import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from './store';

const st = () => useAtlas.getState();

describe('atlas store', () => {
  beforeEach(() => useAtlas.setState(useAtlas.getInitialState(), true));

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
    st().notify(['a', 'b']);
    const [a] = st().notices;
    st().dismiss(a!.id);
    expect(st().notices.map((n) => n.text)).toEqual(['b']);
  });
});
