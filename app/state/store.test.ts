import { beforeEach, describe, expect, it } from 'vitest';
import { defaultParams, useAtlas } from './store';

describe('atlas store', () => {
  beforeEach(() => useAtlas.setState(useAtlas.getInitialState()));

  it('starts with the defaults of the selected losses', () => {
    expect(useAtlas.getState().params.delta).toBe(1);
  });

  it('sets and resets a parameter', () => {
    useAtlas.getState().setParam('delta', 2.5);
    expect(useAtlas.getState().params.delta).toBe(2.5);
    useAtlas.getState().resetParams();
    expect(useAtlas.getState().params).toEqual(defaultParams(useAtlas.getState().ids));
  });
});
