import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLoss, LOSSES } from '../../src/math/losses';
import type { Axis } from '../../src/math/types';
import { decodeView, encodeView, fmt } from './urlCodec';
import { AXES, DEFAULT_VIEW, profileOn, type ViewState } from './view';

const q = (v: number) => Number(fmt(v));

/** Valid views: losses drawable over the axis, parameters on their step grid, linked ones equal. */
const validView: fc.Arbitrary<ViewState> = fc
  .constantFrom(...AXES.filter((a) => LOSSES.some((l) => profileOn(l, a))))
  .chain((axis: Axis) => {
    const drawable = LOSSES.filter((l) => profileOn(l, axis)).map((l) => l.id);
    return fc.record({
      axis: fc.constant(axis),
      ids: fc.uniqueArray(fc.constantFrom(...drawable), { minLength: 1, maxLength: 4 }),
      seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
      apart: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      panels: fc.record({ derivative: fc.boolean(), weight: fc.boolean() }),
      lo: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 1, max: 1000 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    });
  })
  .map(({ axis, ids, seed, apart, panels, lo, width, at }) => {
    const names = [...new Set(ids.flatMap((id) => getLoss(id)!.params.map((p) => p.name)))];
    const unlinked = names.filter((_, i) => apart[i % apart.length]);
    const values: Record<string, Record<string, number | string>> = {};
    let k = 0;
    const shared: Record<string, number> = {};
    for (const id of ids) {
      const spec = getLoss(id)!;
      const row: Record<string, number | string> = {};
      for (const p of spec.params) {
        const u = seed[k++ % seed.length]!;
        const steps = Math.floor((p.range[1] - p.range[0]) / p.step);
        const v = q(p.range[0] + Math.round(u * steps) * p.step);
        row[p.name] = unlinked.includes(p.name) ? v : (shared[p.name] ??= v);
      }
      for (const o of spec.options ?? []) row[o.name] = o.choices[k++ % o.choices.length]!;
      values[id] = row;
    }
    const xDomain: [number, number] = [lo / 10, (lo + width) / 10];
    const cursorX = q(xDomain[0] + at * (xDomain[1] - xDomain[0]));
    return { view: 'explorer', ids, axis, values, unlinked, panels, xDomain, cursorX } satisfies ViewState;
  });

describe('URL codec', () => {
  it('round-trips every valid view without a notice', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const { state, notices } = decodeView(encodeView(v));
        expect(notices).toEqual([]);
        expect({ ...state, preset: undefined }).toEqual({ ...v, preset: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('turns any query string into a valid view and never throws', () => {
    const keys = fc.constantFrom('v', 'view', 'loss', 'axis', 'x', 'at', 'panels', 'apart', 'delta', 'margin', 'margin.hinge', 'gamma', 'similarity', 'zzz');
    const junk = fc.oneof(fc.string(), fc.constantFrom('NaN', 'Infinity', '-1e400', '1e400', '<script>alert(1)</script>', 'huber,mse', 'triplet', '3,1', '0,0', ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, junk), { maxLength: 12 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state, notices } = decodeView(search);
        expect(state.ids.length).toBeGreaterThan(0);
        for (const id of state.ids) {
          const spec = getLoss(id);
          expect(spec).toBeDefined();
          expect(profileOn(spec!, state.axis)).toBeDefined();
          for (const p of spec!.params) {
            const v = state.values[id]![p.name] as number;
            expect(v).toBeGreaterThanOrEqual(p.range[0]);
            expect(v).toBeLessThanOrEqual(p.range[1]);
          }
        }
        const [lo, hi] = state.xDomain;
        expect(hi - lo).toBeGreaterThan(0);
        expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
        expect(state.cursorX).toBeGreaterThanOrEqual(lo);
        expect(state.cursorX).toBeLessThanOrEqual(hi);
        for (const n of notices) expect(n.length).toBeLessThan(400);
      }),
      { numRuns: 500 },
    );
  });

  it('clamps an out-of-range parameter and says so', () => {
    const { state, notices } = decodeView('?loss=huber,mse&delta=99');
    expect(state.values.huber!.delta).toBe(getLoss('huber')!.params[0]!.range[1]);
    expect(notices.join(' ')).toMatch(/delta = 99 is outside/);
  });

  it('drops unknown losses and non-numeric values, and notes duplicated keys', () => {
    const { state, notices } = decodeView('?loss=huber,nope&delta=abc&delta=2&x=5,1');
    expect(state.ids).toEqual(['huber']);
    expect(state.values.huber!.delta).toBe(1);
    expect(state.xDomain).toEqual(getLoss('huber')!.profiles[0]!.domain);
    const all = notices.join('\n');
    expect(all).toMatch(/Unknown loss “nope”/);
    expect(all).toMatch(/not a number/);
    expect(all).toMatch(/appears 2 times/);
    expect(all).toMatch(/x-range/);
  });

  it('leaves out a loss that cannot be drawn over the axis', () => {
    const { state, notices } = decodeView('?loss=hinge,triplet&axis=margin');
    expect(state.ids).toEqual(['hinge']);
    expect(notices.join(' ')).toMatch(/triplet cannot be drawn over the margin/);
  });

  it('falls back to the default comparison when nothing is drawable', () => {
    const { state } = decodeView('?loss=%3Cscript%3E');
    expect(state.ids).toEqual(DEFAULT_VIEW.ids);
  });
});
