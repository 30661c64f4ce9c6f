import { describe, expect, it } from 'vitest';
import { huber } from './losses/huber';
import { LossInputError, mat, num, vec, withDefaults } from './tensor';

describe('input accessors', () => {
  it('reject wrong shapes with a message naming the input', () => {
    expect(() => vec({ pred: [[1]] }, 'pred')).toThrow(/"pred"/);
    expect(() => mat({ logits: [1, 2] }, 'logits')).toThrow(LossInputError);
    expect(() => mat({ logits: [[1, 2], [3]] }, 'logits')).toThrow(/different lengths/);
    expect(() => num({ delta: 'x' }, 'delta')).toThrow(/"delta"/);
  });
  it('fill defaults and keep given values', () => {
    expect(withDefaults(huber)).toEqual({ delta: 1 });
    expect(withDefaults(huber, { delta: 2 })).toEqual({ delta: 2 });
  });
});
