import { describe, expect, it } from 'vitest';
import { getLoss } from '../losses';
import { seededRng } from '../random';
import type { Inputs, Tensor } from '../types';
import { datasetOf } from './datasets';
import { makeObjective, objectiveAt } from './objective';
import { weightMap } from './penalty';
import { makeDataset } from './presets';
import { gridCoord, surfaceCpu, withPenalty } from './surfaceCpu';
import { POSITIVE_LINE, surfaceCases } from './testCases';
import type { Regularizer, SurfaceRequest } from './types';

const CASES = surfaceCases();
const REGS: Regularizer[] = [
  { kind: 'l1', lambda: 0.3, l1Ratio: 0.5 },
  { kind: 'l2', lambda: 0.2, l1Ratio: 0.5 },
  { kind: 'elastic_net', lambda: 0.25, l1Ratio: 0.35 },
];

/** The registry batch a surface point corresponds to: model outputs f (or logit rows) and targets. */
function batchAt(req: SurfaceRequest, u: number, v: number): { inputs: Inputs; a: number[]; b: number[] } {
  const ds = req.dataset;
  const a: number[] = [];
  const b: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < ds.n; i++) {
    a.push(ds.kind === 'regression' ? ds.x[i]! : ds.x[2 * i]!);
    b.push(ds.kind === 'regression' ? 1 : ds.x[2 * i + 1]!);
    f.push(u * a[i]! + v * b[i]!);
  }
  const y = Array.from(ds.y);
  if (ds.kind === 'regression') return { inputs: { pred: f, target: y }, a, b };
  if (req.lossId === 'hinge' || req.lossId === 'squared_hinge') return { inputs: { score: f, target: y }, a, b };
  return { inputs: { logit: f, target: y.map((t) => (t + 1) / 2) }, a, b };
}

describe('surfaceCpu', () => {
  it.each(CASES.map((c) => [c.name, c.req]))('%s: ∂/∂u and ∂/∂v match central differences of the value', (_, req) => {
    for (const reg of [{ kind: 'none' } as const, ...REGS]) {
      const r = { ...req, reg };
      const s = surfaceCpu(r);
      expect(s.problem).toBeUndefined();
      const J = makeObjective(r);
      const rng = seededRng(5);
      const G = r.grid.size;
      for (let t = 0; t < 6; t++) {
        const k = Math.floor(rng() * G * G);
        const u = gridCoord(r.grid.u, G, k % G);
        const v = gridCoord(r.grid.v, G, Math.floor(k / G));
        const h = 1e-6;
        const fu = (J(u + h, v).value - J(u - h, v).value) / (2 * h);
        const fv = (J(u, v + h).value - J(u, v - h).value) / (2 * h);
        expect(Math.abs(s.du[k]! - fu)).toBeLessThan(1e-5 * (1 + Math.abs(fu)));
        expect(Math.abs(s.dv[k]! - fv)).toBeLessThan(1e-5 * (1 + Math.abs(fv)));
      }
    }
  });

  it.each(CASES.map((c) => [c.name, c.req]))('%s: objectiveAt equals the grid cell exactly', (_, req) => {
    const s = surfaceCpu(req);
    const G = req.grid.size;
    for (const k of [0, 9, 27, G * G - 1]) {
      const p = objectiveAt(req, gridCoord(req.grid.u, G, k % G), gridCoord(req.grid.v, G, Math.floor(k / G)));
      expect([p.value, p.du, p.dv]).toEqual([s.value[k], s.du[k], s.dv[k]]);
    }
  });

  it.each(CASES.filter((c) => c.req.dataset.kind !== 'softmax3').map((c) => [c.name, c.req]))(
    '%s: is the mean of the registry loss over the data, with its gradient chained through the model',
    (_, req) => {
      const spec = getLoss(req.lossId)!;
      const [u, v] = [0.7, -0.4];
      const { inputs, a, b } = batchAt(req, u, v);
      const params = { ...Object.fromEntries(spec.params.map((p) => [p.name, p.default])), ...req.params };
      const g = Object.values(spec.grad(inputs, params))[0] as number[];
      const at = objectiveAt(req, u, v);
      expect(at.value).toBeCloseTo(spec.value(inputs, params), 12);
      expect(at.du).toBeCloseTo(g.reduce((s, gi, i) => s + gi * a[i]!, 0), 12);
      expect(at.dv).toBeCloseTo(g.reduce((s, gi, i) => s + gi * b[i]!, 0), 12);
    },
  );

  it.each(CASES.map((c) => [c.name, c.req]))('%s: a regularizer adds exactly the registry penalty λR(w)', (_, req) => {
    const plain = surfaceCpu(req);
    const { o, p, q } = weightMap(req.dataset, req.slice);
    for (const reg of REGS) {
      const s = surfaceCpu({ ...req, reg });
      const spec = getLoss(reg.kind)!;
      const params = { lambda: reg.kind === 'none' ? 0 : reg.lambda, l1_ratio: reg.kind === 'none' ? 0 : reg.l1Ratio };
      for (const k of [3, 20, 50]) {
        const u = gridCoord(req.grid.u, req.grid.size, k % req.grid.size);
        const v = gridCoord(req.grid.v, req.grid.size, Math.floor(k / req.grid.size));
        const w = Array.from(o, (ok, m) => ok + u * p[m]! + v * q[m]!);
        const gw = spec.grad({ w }, params).w as number[];
        expect(s.value[k]! - plain.value[k]!).toBeCloseTo(spec.value({ w } as Record<string, Tensor>, params), 12);
        expect(s.du[k]! - plain.du[k]!).toBeCloseTo(gw.reduce((t, g, m) => t + g * p[m]!, 0), 12);
        expect(s.dv[k]! - plain.dv[k]!).toBeCloseTo(gw.reduce((t, g, m) => t + g * q[m]!, 0), 12);
      }
    }
  });

  it('reports the cells where msle is undefined instead of drawing NaN silently', () => {
    const req: SurfaceRequest = { dataset: POSITIVE_LINE, lossId: 'msle', params: {}, grid: { u: [-2, 2], v: [-2, 2], size: 16 }, reg: { kind: 'none' } };
    const s = surfaceCpu(req);
    expect(s.problem).toMatch(/Mean squared logarithmic error is undefined at \d+ of 256 grid cells.*above −1/);
    const nan = Array.from(s.value).filter(Number.isNaN).length;
    expect(nan).toBe(s.undefinedCells);
    expect(nan).toBeGreaterThan(0);
    expect(nan).toBeLessThan(256);
    for (let k = 0; k < 256; k++) expect(Number.isNaN(s.value[k]!)).toBe(Number.isNaN(s.du[k]!));
    expect(surfaceCpu({ ...req, dataset: makeDataset('reg-clean', 1)! }).undefinedCells).toBe(256);
  });

  it('turns a bad request into a message and an all-NaN surface of the asked size', () => {
    const base = CASES[0]!.req;
    const bad: [Partial<SurfaceRequest>, RegExp][] = [
      [{ lossId: 'hinge' }, /not available for the regression model/],
      [{ dataset: datasetOf('regression', 1, [], []) }, /empty/],
      [{ reg: { kind: 'l2', lambda: -1, l1Ratio: 0 } }, /λ must be/],
      [{ reg: { kind: 'elastic_net', lambda: 1, l1Ratio: 2 } }, /l1_ratio/],
      [{ params: { delta: 'big' } , lossId: 'huber' }, /delta/],
      [{ dataset: makeDataset('soft-blobs', 1)!, lossId: 'softmax_ce' }, /needs a slice/],
      [{ grid: { u: [1, 0], v: [0, 1], size: 8 } }, /u range/],
    ];
    for (const [patch, message] of bad) {
      const s = surfaceCpu({ ...base, ...patch });
      expect(s.problem).toMatch(message);
      expect(s.value.length).toBe(64);
      expect(s.undefinedCells).toBe(64);
    }
    expect(surfaceCpu({ ...base, grid: { u: [0, 1], v: [0, 1], size: 1.5 } }).problem).toMatch(/grid size/);
  });

  it('gives finite numbers everywhere when there is no problem', () => {
    for (const { req } of CASES) {
      const s = surfaceCpu({ ...req, grid: { ...req.grid, size: 24 } });
      expect(s.problem).toBeUndefined();
      expect([...s.value, ...s.du, ...s.dv].every(Number.isFinite)).toBe(true);
    }
  });
});

describe('withPenalty', () => {
  it.each(CASES.map((c) => [c.name, c.req]))('%s: the data term plus λR(w) is the regularized surface, bit for bit', (_, req) => {
    const data = surfaceCpu({ ...req, reg: { kind: 'none' } });
    for (const reg of REGS) {
      const direct = surfaceCpu({ ...req, reg });
      const reused = withPenalty(data, { ...req, reg });
      expect(reused.value).toEqual(direct.value);
      expect(reused.du).toEqual(direct.du);
      expect(reused.dv).toEqual(direct.dv);
      expect(reused.problem).toEqual(direct.problem);
    }
    expect(withPenalty(data, { ...req, reg: { kind: 'none' } })).toBe(data);
  });

  it('keeps float32 fields float32 and turns an invalid λ into the message surfaceCpu gives', () => {
    const req = CASES[0]!.req;
    const d = surfaceCpu({ ...req, reg: { kind: 'none' } });
    const f32 = { ...d, value: Float32Array.from(d.value), du: Float32Array.from(d.du), dv: Float32Array.from(d.dv) };
    expect(withPenalty(f32, { ...req, reg: REGS[1]! }).value).toBeInstanceOf(Float32Array);
    const bad = { ...req, reg: { kind: 'l2', lambda: -1, l1Ratio: 0.5 } as const };
    const out = withPenalty(d, bad);
    expect(out.problem).toBe(surfaceCpu(bad).problem);
    expect(out.problem).toMatch(/λ must be/);
    expect([...out.value].every(Number.isNaN)).toBe(true);
  });
});
