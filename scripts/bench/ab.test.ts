import { describe, expect, it } from 'vitest';
import { alternate } from './ab';

describe('alternate', () => {
  it('visits every target once a round, each in every position over n rounds', () => {
    expect([0, 1, 2].map((r) => alternate(3, r))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
    expect([0, 1, 2, 3].map((r) => alternate(2, r))).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(alternate(1, 5)).toEqual([0]);
  });
});
