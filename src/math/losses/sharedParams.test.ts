import { describe, expect, it } from 'vitest';
import { LOSSES } from './index';

describe('parameters shared by name', () => {
  it('have one range, step and scale, so linking them across losses is meaningful', () => {
    const first = new Map<string, { id: string; range: readonly number[]; step: number; scale?: string }>();
    for (const l of LOSSES) {
      for (const p of l.params) {
        const seen = first.get(p.name);
        if (!seen) {
          first.set(p.name, { id: l.id, range: p.range, step: p.step, scale: p.scale });
          continue;
        }
        expect([l.id, p.range, p.step, p.scale]).toEqual([l.id, seen.range, seen.step, seen.scale]);
      }
    }
  });
});
