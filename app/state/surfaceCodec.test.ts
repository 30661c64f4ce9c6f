import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { getPreset, SURFACE_LOSSES } from '../../src/math/surface';
import { decodeSurface, encodeSurface, POINT_BOX } from './surfaceCodec';
import { LAMBDA } from './surfaceParams';
import { initialSurface, type SurfaceState } from './surfaceState';

const LAMBDA_RANGE = LAMBDA.range;

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
      l1_ratio: 0.3,
      point: [0.5, -1.25],
      start: [3, 3],
      method: 'projected',
      lr: 0.2,
      steps: 80,
      max_norm: 1.5,
      colorScale: 'log',
    };
    const { state, notices } = decodeSurface(encodeSurface(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });

  it('turns any query string into a valid view and never throws', () => {
    const keys = fc.constantFrom(
      'v', 'view', 'model', 'data', 'seed', 'n', 'pts', 'loss', 'delta', 'margin', 'margin.hinge', 'apart', 'reg', 'lambda', 'lam',
      'l1_ratio', 'rho', 'w', 'start', 'method', 'opt', 'lr', 'steps', 'momentum', 'beta', 'max_norm', 'c', 'color', 'junk',
    );
    const vals = fc.oneof(fc.string(), fc.constantFrom('NaN', '1e999', '-5', '0', '1', '2', 'binary', 'mse,huber,hinge', 'hinge,squared_hinge', '1,2;3', '1,2,5;3,4,1', '1e308,1;2,-1e308', '<b>x</b>', 'margin'));
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
        for (const v of [...(state.edited?.x ?? []), ...(state.edited?.y ?? [])]) expect(Math.abs(v)).toBeLessThanOrEqual(POINT_BOX);
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
    const { state, notices } = decodeSurface('?view=surface&model=regression&loss=hinge,mse&reg=l2&lambda=1e9');
    expect(state.losses).toEqual(['mse']);
    expect(state.lambda).toBe(LAMBDA_RANGE[1]);
    expect(notices.join(' ')).toMatch(/hinge.*cannot be drawn/);
  });

  it('keeps two losses’ own values of a shared parameter apart through a reload', () => {
    const s: SurfaceState = { ...initialSurface('binary'), losses: ['hinge', 'squared_hinge'], values: { hinge: { margin: 1 }, squared_hinge: { margin: 2 } } };
    const link = encodeSurface(s);
    expect(new URLSearchParams(link).get('apart')).toBe('margin');
    const { state, notices } = decodeSurface(link);
    expect(notices).toEqual([]);
    expect(state.values).toEqual({ hinge: { margin: 1 }, squared_hinge: { margin: 2 } });
    const same = encodeSurface({ ...s, values: { hinge: { margin: 1.5 }, squared_hinge: { margin: 1.5 } } });
    expect(new URLSearchParams(same).get('margin')).toBe('1.5');
    expect(new URLSearchParams(same).has('apart')).toBe(false);
  });

  it('clamps edited points to the box float32 sums can hold, and says so', () => {
    const { state, notices } = decodeSurface('?view=surface&model=regression&pts=1e308,1;2,-1e308;0.5,3');
    expect(state.edited).toEqual({ x: [POINT_BOX, 2, 0.5], y: [1, -POINT_BOX, 3] });
    expect(notices.join(' ')).toMatch(/outside ±1000 were moved/);
  });

  it('reads numbers strictly: hex and empty pairs are not numbers', () => {
    const hex = decodeSurface('?view=surface&model=regression&seed=0x10');
    expect(hex.state.seed).toBe(1);
    expect(hex.notices.join(' ')).toMatch(/seed = “0x10” is not a number/);
    const empty = decodeSurface('?view=surface&model=regression&w=,');
    expect(empty.state.point).toEqual(initialSurface('regression').point);
    expect(empty.notices.join(' ')).toMatch(/not a “u,v” pair/);
    const pts = decodeSurface('?view=surface&model=regression&pts=0x10,1');
    expect(pts.state.edited).toBeUndefined();
    const far = decodeSurface('?view=surface&model=regression&w=150,0.5');
    expect(far.state.point).toEqual([100, 0.5]);
    expect(far.notices).toEqual(['w = 150 is outside -100…100; set to 100.']);
  });

  it('reads the names of version-1 links, and names every setting as the store does', () => {
    const { state, notices } = decodeSurface('?v=1&view=surface&model=binary&reg=elastic_net&lam=0.5&rho=0.25&opt=projected&c=3');
    expect(notices).toEqual([]);
    expect([state.lambda, state.l1_ratio, state.method, state.max_norm]).toEqual([0.5, 0.25, 'projected', 3]);
    const written = new URLSearchParams(encodeSurface(state));
    expect(written.get('v')).toBe('2');
    expect([written.get('lambda'), written.get('l1_ratio'), written.get('method'), written.get('max_norm')]).toEqual(['0.5', '0.25', 'projected', '3']);
    const momentum = new URLSearchParams(encodeSurface({ ...state, method: 'momentum', momentum: 0.5 }));
    expect(momentum.get('momentum')).toBe('0.5');
  });
});
