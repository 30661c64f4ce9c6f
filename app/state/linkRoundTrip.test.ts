import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictingParams } from '../../src/math/losses/sharedParams';
import { getLoss, LOSSES } from '../../src/math/losses';
import { DATASET_PRESETS, MAX_POINTS, SURFACE_LOSSES, type ModelKind } from '../../src/math/surface';
import type { Axis, ParamSpec } from '../../src/math/types';
import { fmt } from './link';
import { L1_RATIO, LAMBDA, LR, MAX_NORM, MOMENTUM, STEPS } from './surfaceParams';
import { decodeSurface, encodeSurface } from './surfaceCodec';
import { initialSurface, type RegKind, type SurfaceState } from './surfaceState';
import { decodeView, encodeView } from './urlCodec';
import { AXES, profileOn, type ViewState } from './view';

/** Round-trips random valid states of every view through its link: what is written is read back unchanged. */

const q = (v: number) => Number(fmt(v));

/** A value of `p` on its step grid, written as a link writes it. */
const onGrid = (p: Pick<ParamSpec, 'range' | 'step'>, u: number) => {
  const steps = Math.floor((p.range[1] - p.range[0]) / p.step);
  return q(Math.min(p.range[1], p.range[0] + Math.round(u * steps) * p.step));
};
const unit = fc.double({ min: 0, max: 1, noNaN: true });

/** Valid explorer views: losses drawable over the axis, parameters on their step grid, linked ones equal. */
const explorerView: fc.Arbitrary<ViewState> = fc
  .constantFrom(...AXES.filter((a) => LOSSES.some((l) => profileOn(l, a))))
  .chain((axis: Axis) => {
    const drawable = LOSSES.filter((l) => profileOn(l, axis)).map((l) => l.id);
    return fc.record({
      axis: fc.constant(axis),
      ids: fc.uniqueArray(fc.constantFrom(...drawable), { minLength: 1, maxLength: 4 }),
      seed: fc.array(unit, { minLength: 40, maxLength: 40 }),
      apart: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      panels: fc.record({ derivative: fc.boolean(), weight: fc.boolean() }),
      lo: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 1, max: 1000 }),
      at: unit,
    });
  })
  .map(({ axis, ids, seed, apart, panels, lo, width, at }) => {
    const names = [...new Set(ids.flatMap((id) => getLoss(id)!.params.map((p) => p.name)))];
    // A name the losses use for different quantities is always apart (src/math/losses/sharedParams.ts).
    const forced = conflictingParams(ids.map((id) => getLoss(id)!));
    const unlinked = names.filter((n, i) => apart[i % apart.length] || forced.includes(n));
    const values: Record<string, Record<string, number | string>> = {};
    let k = 0;
    const shared: Record<string, number> = {};
    for (const id of ids) {
      const spec = getLoss(id)!;
      const row: Record<string, number | string> = {};
      for (const p of spec.params) {
        const v = onGrid(p, seed[k++ % seed.length]!);
        row[p.name] = unlinked.includes(p.name) ? v : (shared[p.name] ??= v);
      }
      for (const o of spec.options ?? []) row[o.name] = o.choices[k++ % o.choices.length]!;
      values[id] = row;
    }
    const xDomain: [number, number] = [lo / 10, (lo + width) / 10];
    const cursorX = q(xDomain[0] + at * (xDomain[1] - xDomain[0]));
    return { ids, axis, values, unlinked, panels, xDomain, cursorX } satisfies ViewState;
  });

const KINDS: readonly ModelKind[] = ['regression', 'binary', 'softmax3'];
const REGS: readonly RegKind[] = ['none', 'l1', 'l2', 'elastic_net'];
/** Weights live in ±100, edited points in ±1000 (the link's boxes). */
const weight = fc.integer({ min: -400, max: 400 }).map((k) => k / 4);
const coord = fc.integer({ min: -4000, max: 4000 }).map((k) => k / 4);

/**
 * Valid surface views. Each loss draws its own parameter values, so two losses that share a name (hinge and
 * squared hinge's margin) mostly hold different ones; `edited` points are written at link precision.
 */
const surfaceView: fc.Arbitrary<SurfaceState> = fc.constantFrom(...KINDS).chain((kind) =>
  fc
    .record({
      data: fc.constantFrom(...DATASET_PRESETS.filter((p) => p.kind === kind).map((p) => p.id)),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      n: fc.integer({ min: 1, max: MAX_POINTS }),
      losses: fc.uniqueArray(fc.constantFrom(...SURFACE_LOSSES[kind]), { minLength: 1, maxLength: 2 }),
      u: fc.array(unit, { minLength: 12, maxLength: 12 }),
      reg: fc.constantFrom(...REGS),
      point: fc.tuple(weight, weight),
      start: fc.option(fc.tuple(weight, weight), { nil: undefined }),
      method: fc.constantFrom('gd' as const, 'momentum' as const, 'projected' as const),
      colorScale: fc.constantFrom('linear' as const, 'log' as const),
      points: fc.option(fc.array(fc.tuple(coord, coord, fc.boolean()), { minLength: 1, maxLength: 12 }), { nil: undefined }),
    })
    .map((r) => {
      const base = initialSurface(kind);
      let k = 0;
      const next = () => r.u[k++ % r.u.length]!;
      const values: Record<string, Record<string, number>> = {};
      for (const id of r.losses) values[id] = Object.fromEntries(getLoss(id)!.params.map((p) => [p.name, onGrid(p, next())]));
      const edited = r.points && {
        x: r.points.flatMap(([a, b]) => (kind === 'regression' ? [a] : [a, b])),
        y: r.points.map(([a, b, c], i) => (kind === 'regression' ? b : kind === 'binary' ? (c ? 1 : -1) : (i + (c ? 1 : 0) + Math.round(a)) % 3 === 0 ? 0 : 1)),
      };
      // Settings a link leaves out (λ without a penalty, momentum for plain GD) keep their defaults.
      return {
        ...base,
        data: r.data,
        seed: r.seed,
        n: r.n,
        edited,
        losses: r.losses,
        values,
        reg: r.reg,
        lambda: r.reg === 'none' ? base.lambda : onGrid(LAMBDA, next()),
        l1_ratio: r.reg === 'elastic_net' ? onGrid(L1_RATIO, next()) : base.l1_ratio,
        point: r.point,
        start: r.start,
        method: r.method,
        lr: onGrid(LR, next()),
        steps: onGrid(STEPS, next()),
        momentum: r.method === 'momentum' ? onGrid(MOMENTUM, next()) : base.momentum,
        max_norm: r.method === 'projected' ? onGrid(MAX_NORM, next()) : base.max_norm,
        colorScale: r.colorScale,
      } satisfies SurfaceState;
    }),
);

describe('every view survives its link', () => {
  it('explorer: a valid view comes back unchanged and without a notice', () => {
    fc.assert(
      fc.property(explorerView, (v) => {
        const { state, notices } = decodeView(encodeView(v));
        expect(notices).toEqual([]);
        expect({ ...state, preset: undefined }).toEqual({ ...v, preset: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('surface: a valid view comes back unchanged and without a notice, shared parameter names included', () => {
    fc.assert(
      fc.property(surfaceView, (s) => {
        const { state, notices } = decodeSurface(encodeSurface(s));
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('surface: two losses with their own margin keep their own margin', () => {
    const s: SurfaceState = {
      ...initialSurface('binary'),
      losses: ['hinge', 'squared_hinge'],
      values: { hinge: { margin: 1 }, squared_hinge: { margin: 2 } },
    };
    expect(decodeSurface(encodeSurface(s)).state.values).toEqual(s.values);
  });
});
