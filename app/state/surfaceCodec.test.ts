import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { getPreset, SURFACE_LOSSES } from '../../src/math/surface';
import { decodeSurface, encodeSurface } from './surfaceCodec';
import { initialSurface, LAMBDA_RANGE, type SurfaceState } from './surfaceState';

describe('surface link codec', () => {
  it('round-trips a view with edits, a loss pair, regularization and an optimizer', () => {
    const s: SurfaceState = {
      ...initialSurface('binary'),
      data: 'bin-overlap',
      seed: 7,
      n: 4,
      edited: { x: [1, 2, -1, 0.5, 3, 3, -2, -2], y: [1, -1, 1, -1] },
      losses: ['hinge', 'focal'],
      values: { hinge: { margin: 1.5 }, focal: { gamma: 2, alpha: 0.25 } },
      reg: 'elastic_net',
      lambda: 0.05,
      l1Ratio: 0.3,
      point: [0.5, -1.25],
      start: [3, 3],
      method: 'projected',
      lr: 0.2,
      steps: 80,
      maxNorm: 1.5,
      colorScale: 'log',
    };
    const { state, notices } = decodeSurface(encodeSurface(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });

  it('turns any query string into a valid view and never throws', () => {
    const keys = fc.constantFrom('view', 'model', 'data', 'seed', 'n', 'pts', 'loss', 'delta', 'reg', 'lam', 'rho', 'w', 'start', 'opt', 'lr', 'steps', 'c', 'color', 'junk');
    const vals = fc.oneof(fc.string(), fc.constantFrom('NaN', '1e999', '-5', '0', 'binary', 'mse,huber,hinge', '1,2;3', '1,2,5;3,4,1', '<b>x</b>'));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, vals), { maxLength: 14 }), (pairs) => {
        const { state } = decodeSurface(new URLSearchParams(pairs).toString());
        expect(getPreset(state.data)?.kind).toBe(state.kind);
        expect(state.losses.length).toBeGreaterThan(0);
        for (const id of state.losses) {
          expect(SURFACE_LOSSES[state.kind]).toContain(id);
          for (const p of getLoss(id)!.params) {
            const v = state.values[id]![p.name]!;
            expect(v).toBeGreaterThanOrEqual(p.range[0]);
            expect(v).toBeLessThanOrEqual(p.range[1]);
          }
        }
        expect(state.lambda).toBeGreaterThanOrEqual(LAMBDA_RANGE[0]);
        expect(state.point.every(Number.isFinite)).toBe(true);
        expect(state.n).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('rejects edited points that are not numbers or carry a bad label, with a notice', () => {
    const bad = decodeSurface('?view=surface&model=binary&pts=1,2,1;3,4,7');
    expect(bad.state.edited).toBeUndefined();
    expect(bad.notices.join(' ')).toMatch(/Edited points ignored/);
    const inf = decodeSurface('?view=surface&model=regression&pts=1,Infinity');
    expect(inf.state.edited).toBeUndefined();
  });

  it('drops a loss the model cannot draw and clamps λ', () => {
    const { state, notices } = decodeSurface('?view=surface&model=regression&loss=hinge,mse&reg=l2&lam=1e9');
    expect(state.losses).toEqual(['mse']);
    expect(state.lambda).toBe(LAMBDA_RANGE[1]);
    expect(notices.join(' ')).toMatch(/hinge.*cannot be drawn/);
  });
});
