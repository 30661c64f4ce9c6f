import { describe, expect, it } from 'vitest';
import { getLoss } from '../losses';
import { focalAt, focalDerivAt } from '../losses/focal';
import { multiclassHingeAt, multiclassHingeGradAt } from '../losses/multiclass_hinge';
import { smoothedCeAt, smoothedCeGradAt } from '../losses/softmax_ce';
import { withDefaults } from '../tensor';
import type { Params, Profile } from '../types';
import { datasetOf } from './datasets';
import { regularizerOf } from './penalty';
import { SURFACE_LOSS_ENTRIES, SURFACE_LOSSES, surfaceLoss } from './registry';
import { lossTheta, surfaceLossSpec, SurfaceInputError } from './surfaceLosses';
import type { ModelKind } from './types';

/** No regularizer: on one sample the objective is the loop's sums themselves. */
const NO_PENALTY = regularizerOf({ kind: 'none' }, datasetOf('regression', 1, [0], [0]));

/** Equal as numbers (so −0 equals 0), or both NaN. */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Each loss at its defaults and at a second value of every parameter, three fifths into its range. */
function paramSets(id: string): Params[] {
  const spec = getLoss(id)!;
  const other = Object.fromEntries(spec.params.map((p) => [p.name, p.integer ? p.range[1] : p.range[0] + 0.6 * (p.range[1] - p.range[0])]));
  return [{}, other];
}

const xs = [...Array.from({ length: 801 }, (_, k) => -6 + k * 0.015 + (k % 3) * 1e-4), -800, -40, -1e-300, 0, 1e-300, 40, 800];
const profile = (id: string, axis: Profile['axis']) => getLoss(id)!.profiles.find((p) => p.axis === axis)!;

/** The entry's loop on one sample with ∂f/∂u = 1 and target y, at (u, v) = (f, 0): [ℓ(f, y), ℓ'(f, y), ·]. */
function one(key: string, q: Float64Array, f: number, y: number): [number, number, number] {
  const [kind, id] = key.split('/') as [ModelKind, string];
  const ds = kind === 'regression' ? datasetOf(kind, 1, [1], [y]) : datasetOf(kind, 2, [1, 0], [y]);
  const out = new Float64Array(3);
  surfaceLoss(kind, id)!.compile(ds, undefined, q, NO_PENALTY)(f, 0, out);
  return [out[0]!, out[1]!, out[2]!];
}

describe('surface loops compute the registry definitions', () => {
  it('exist once for every registered (model, loss), each a registry loss reading only its own parameters', () => {
    const keys = SURFACE_LOSS_ENTRIES.map((e) => `${e.kind}/${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of SURFACE_LOSS_ENTRIES) {
      const spec = getLoss(e.id);
      expect(spec?.id).toBe(e.id);
      for (const name of e.params) expect(spec!.params.map((p) => p.name), `${e.id}.${name}`).toContain(name);
      for (const ex of e.examples) expect(() => lossTheta(e.kind, e.id, ex), `${e.id} ${JSON.stringify(ex)}`).not.toThrow();
    }
  });

  it.each(SURFACE_LOSSES.regression.filter((id) => id !== 'msle'))('regression/%s is its residual profile', (id) => {
    const prof = profile(id, 'residual');
    for (const params of paramSets(id)) {
      const q = lossTheta('regression', id, params);
      const full = withDefaults(getLoss(id)!, params);
      for (const r of xs) {
        const [value, du] = one(`regression/${id}`, q, r, 0);
        expect(same(value, prof.value(r, full)) && same(du, prof.derivative(r, full))).toBe(true);
      }
    }
  });

  it('regression/msle is its profile (held target 3) and NaN where undefined', () => {
    const prof = profile('msle', 'residual');
    const q = lossTheta('regression', 'msle', {});
    for (const r of xs.filter((x) => x > -3.9)) {
      const [value, du] = one('regression/msle', q, 3 + r, 3);
      expect(same(value, prof.value(r, {})) && same(du, prof.derivative(r, {}))).toBe(true);
    }
    expect(one('regression/msle', q, -1.5, 3)[0]).toBeNaN();
  });

  it.each(['hinge', 'squared_hinge', 'bce_logits'])('binary/%s is its margin profile for both labels, bit for bit', (id) => {
    const prof = profile(id, 'margin');
    for (const params of paramSets(id)) {
      const q = lossTheta('binary', id, params);
      const full = withDefaults(getLoss(id)!, params);
      for (const m of xs) {
        const [vp, dp] = one(`binary/${id}`, q, m, 1);
        const [vn, dn] = one(`binary/${id}`, q, -m, -1);
        expect(same(vp, prof.value(m, full)) && same(vn, prof.value(m, full))).toBe(true);
        expect(same(dp, prof.derivative(m, full)) && same(dn, -prof.derivative(m, full))).toBe(true);
      }
    }
  });

  it('binary/focal is focal of the logit with target (y + 1)/2, so α weights the labels differently', () => {
    const prof = profile('focal', 'logit');
    const params = { gamma: 2, alpha: 0.25 };
    const q = lossTheta('binary', 'focal', params);
    for (const z of xs) {
      const [vp, dp] = one('binary/focal', q, z, 1);
      const [vn, dn] = one('binary/focal', q, z, -1);
      expect(same(vp, prof.value(z, params)) && same(dp, prof.derivative(z, params))).toBe(true);
      expect(same(vn, focalAt(z, 0, 2, 0.25)) && same(dn, focalDerivAt(z, 0, 2, 0.25))).toBe(true);
    }
    expect(one('binary/focal', q, 0.8, -1)[0]).not.toBeCloseTo(one('binary/focal', q, -0.8, 1)[0], 3);
  });

  it('softmax3 loops chain the registry logit gradient through the slice directions', () => {
    // One sample at x = (0, 0), so x̃ = (0, 0, 1) and each logit row is the bias column: z0 = (0.3, −1, 2) etc.
    const ds = datasetOf('softmax3', 2, [0, 0], [1]);
    const bias = (b: readonly number[]) => Float64Array.from({ length: 9 }, (_, k) => (k % 3 === 2 ? b[Math.floor(k / 3)]! : 0.7 * k));
    const slice = { origin: bias([0.3, -1, 2]), d1: bias([1, 0.5, -2]), d2: bias([0, 3, 1]) };
    const z = [0.3 + 0.2, -1 + 0.1 - 0.3 * 3, 2 - 0.4 - 0.3];
    const cases = [
      ['softmax_ce', { label_smoothing: 0.1 }, smoothedCeAt(z, 1, 0.1), smoothedCeGradAt(z, 1, 0.1)],
      ['multiclass_hinge', { margin: 1, p: 2 }, multiclassHingeAt(z, 1, 1, 2), multiclassHingeGradAt(z, 1, 1, 2)],
    ] as const;
    for (const [id, params, value, g] of cases) {
      const out = new Float64Array(3);
      surfaceLoss('softmax3', id)!.compile(ds, slice, lossTheta('softmax3', id, params), NO_PENALTY)(0.2, -0.3, out);
      expect(out[0]).toBeCloseTo(value, 14);
      expect(out[1]).toBeCloseTo(g[0]! * 1 + g[1]! * 0.5 - g[2]! * 2, 13);
      expect(out[2]).toBeCloseTo(g[1]! * 3 + g[2]! * 1, 13);
    }
  });

  it('reject a loss the model cannot use, naming the ones it can, and bad parameters', () => {
    expect(() => surfaceLossSpec('binary', 'mse')).toThrow(/choose one of hinge, squared_hinge, bce_logits, focal/);
    expect(() => lossTheta('regression', 'nope', {})).toThrow(SurfaceInputError);
    expect(() => lossTheta('regression', 'huber', { delta: 'wide' })).toThrow(/delta/);
    expect(() => lossTheta('softmax3', 'multiclass_hinge', { p: 3 })).toThrow(/must be 1 or 2/);
  });
});
