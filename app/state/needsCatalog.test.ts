import { describe, expect, it } from 'vitest';
import { needsCatalog } from './needsCatalog';

describe('needsCatalog', () => {
  it('tells when a link names a catalog loss, by id, by a value set apart, or by preset', () => {
    expect(needsCatalog('?loss=mse,huber&delta=1')).toBe(false);
    expect(needsCatalog('?loss=mse,giou')).toBe(true);
    expect(needsCatalog('?loss=arcface&m.sphereface=2')).toBe(true);
    expect(needsCatalog('?preset=p', (id) => (id === 'p' ? ['barron'] : []))).toBe(true);
    expect(needsCatalog('?view=surface')).toBe(false);
    expect(needsCatalog('?loss=constructor,__proto__')).toBe(false);
  });
});
