import { afterEach, describe, expect, it } from 'vitest';
import { compileExpression } from '../expr/compile';
import type { TypedExpr } from '../expr/types';
import { assembleSurface } from '../gpu/surface/assemble';
import { paramUniforms, surfaceKernel } from '../gpu/surface/kernels';
import { FusedSurfaceProgram } from '../gpu/surface/program';
import { GUARDED_MARGIN, GUARDED_REFINE_BELOW } from '../surface/glsl';
import { makeDataset } from '../surface/presets';
import { surfaceLoss, surfaceLossIds, SURFACE_LOSSES } from '../surface/registry';
import { gridCoord, surfaceCpu } from '../surface/surfaceCpu';
import type { SurfaceRequest, SurfaceResult } from '../surface/types';
import type { OwnDef } from './def';
import { handExpr, installHand } from './handTyped';
import { ownSurfaceLosses, setOwnSurfaceLosses } from './surface';

const def = (id: OwnDef['id'], text: string, axis: OwnDef['axis']): OwnDef => ({ id, text, axis, ranges: {} });

const r2 = handExpr({ text: 'r^2', variable: 'r', value: (r) => r * r, derivative: (r) => 2 * r });
const huber = handExpr({
  text: 'where(abs(r) <= delta, 0.5*r^2, delta*(abs(r) - 0.5*delta))',
  variable: 'r',
  params: ['delta'],
  value: (r, q) => (Math.abs(r) <= q[0]! ? 0.5 * r * r : q[0]! * (Math.abs(r) - 0.5 * q[0]!)),
  derivative: (r, q) => (Math.abs(r) <= q[0]! ? r : q[0]! * Math.sign(r)),
});
const hinge = handExpr({
  text: 'max(0, 1 - m)',
  variable: 'm',
  value: (m) => Math.max(0, 1 - m),
  derivative: (m) => (1 - m >= 0 ? -1 : 0),
});
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const logistic = handExpr({
  text: 'softplus(-m)',
  variable: 'm',
  value: (m) => softplus(-m),
  derivative: (m) => -1 / (1 + Math.exp(m)),
});
const sqrtR = handExpr({
  text: 'sqrt(r)',
  variable: 'r',
  value: (r) => Math.sqrt(r),
  derivative: (r) => 0.5 / Math.sqrt(r),
  glslBody: () => `
  bool ok = r > 0.0;
  float s = sqrt(max(r, 0.0));
  return vec3(s, ok ? 0.5 / s : 0.0, ok ? 1.0 : 0.0);`,
});

afterEach(() => installHand([]));

/** max |a − b| / (1 + |b|) over every cell of the three fields (NaN must meet NaN). */
function worstRelative(a: SurfaceResult, b: SurfaceResult): number {
  let worst = 0;
  for (const f of ['value', 'du', 'dv'] as const) {
    for (let k = 0; k < b[f].length; k++) {
      const x = a[f][k]!;
      const y = b[f][k]!;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        expect(Number.isNaN(x)).toBe(Number.isNaN(y));
        continue;
      }
      worst = Math.max(worst, Math.abs(x - y) / Math.max(Math.abs(y), 1e-300));
    }
  }
  return worst;
}

const regression = makeDataset('reg-outliers', 3)!;
const binary = makeDataset('bin-overlap', 3)!;
const regGrid = { u: [-1, 4], v: [-3, 4], size: 33 } as const;
const binGrid = { u: [-4, 4], v: [-4, 4], size: 33 } as const;

describe('typed losses on the surface', () => {
  it.each([
    ['r^2 as mse', r2, 'mse', {}, {}],
    ['the typed huber as huber', huber, 'huber', { delta: 0.7 }, { delta: 0.7 }],
  ] as const)('%s: the same float64 surface, to 1e-12 relative', (_, expr, builtIn, ownParams, params) => {
    installHand([{ def: def('own1', expr.text, 'residual'), expr }]);
    const req = (lossId: string, p: object): SurfaceRequest => ({
      dataset: regression, lossId, params: p as Record<string, number>, grid: regGrid, reg: { kind: 'l2', lambda: 0.1, l1Ratio: 0.5 },
    });
    const typed = surfaceCpu(req('own1', ownParams));
    expect(typed.problem).toBeUndefined();
    expect(worstRelative(typed, surfaceCpu(req(builtIn, params)))).toBeLessThan(1e-12);
  });

  it.each([
    ['max(0, 1 - m) as hinge', hinge, 'hinge'],
    ['softplus(-m) as the logistic loss', logistic, 'bce_logits'],
  ] as const)('%s: the same float64 surface on the binary model, to 1e-12 relative', (_, expr, builtIn) => {
    installHand([{ def: def('own2', expr.text, 'margin'), expr }]);
    const req = (lossId: string): SurfaceRequest => ({ dataset: binary, lossId, params: {}, grid: binGrid, reg: { kind: 'none' } });
    const typed = surfaceCpu(req('own2'));
    expect(typed.problem).toBeUndefined();
    expect(worstRelative(typed, surfaceCpu(req(builtIn)))).toBeLessThan(1e-12);
  });

  it('a residual loss joins the regression model, a margin loss the binary one, other axes none', () => {
    expect(ownSurfaceLosses(def('own1', 'r^2', 'residual'), r2).map((e) => e.kind)).toEqual(['regression']);
    expect(ownSurfaceLosses(def('own2', 'max(0, 1 - m)', 'margin'), hinge).map((e) => e.kind)).toEqual(['binary']);
    expect(ownSurfaceLosses(def('own3', 'z^2', 'logit'), r2)).toEqual([]);
    installHand([
      { def: def('own1', 'r^2', 'residual'), expr: r2 },
      { def: def('own2', 'max(0, 1 - m)', 'margin'), expr: hinge },
    ]);
    expect(surfaceLossIds('regression')).toEqual([...SURFACE_LOSSES.regression, 'own1']);
    expect(surfaceLossIds('binary')).toEqual([...SURFACE_LOSSES.binary, 'own2']);
    expect(surfaceLossIds('softmax3')).toEqual(SURFACE_LOSSES.softmax3);
    expect(surfaceLoss('binary', 'own1')).toBeUndefined();
    expect(surfaceLoss('regression', 'own1')?.typed?.text).toBe('r^2');
    installHand([]);
    expect(surfaceLossIds('regression')).toEqual(SURFACE_LOSSES.regression);
  });

  it('a typed entry may not take a built-in id', () => {
    const [entry] = ownSurfaceLosses(def('own1', 'r^2', 'residual'), r2);
    expect(() => setOwnSurfaceLosses([{ ...entry!, id: 'mse' }])).toThrow(/built-in id "mse"/);
  });

  it('reports the cells where the formula is undefined, with the reason', () => {
    installHand([{ def: def('own1', 'sqrt(r)', 'residual'), expr: sqrtR }]);
    const s = surfaceCpu({ dataset: regression, lossId: 'own1', params: {}, grid: { u: [-1, 4], v: [-3, 12], size: 33 }, reg: { kind: 'none' } });
    expect(s.undefinedCells).toBeGreaterThan(0);
    expect(s.undefinedCells).toBeLessThan(33 * 33);
    expect(s.problem).toMatch(/undefined at \d+ of 1089 grid cells .*not a finite number .*residual/);
  });
});

/** The parser's formula for `text` in `variable`, failing the test with its message otherwise. */
function parsed(text: string, variable: string): TypedExpr {
  const r = compileExpression(text, variable);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.expr;
}

describe('typed forms of built-in losses, through the parser', () => {
  const HUBER = 'where(abs(r) <= delta, 0.5*r^2, delta*(abs(r) - 0.5*delta))';
  it.each([
    ['r^2', 'residual', 'mse', {}],
    [HUBER, 'residual', 'huber', { delta: 0.7 }],
    [HUBER, 'residual', 'huber', { delta: 3 }],
    ['max(0, 1 - m)', 'margin', 'hinge', {}],
    ['softplus(-m)', 'margin', 'bce_logits', {}],
  ] as const)('%s gives %s\'s float64 surface, values and gradients to 1e-12 relative', (text, axis, builtIn, params) => {
    const expr = parsed(text, axis === 'residual' ? 'r' : 'm');
    installHand([{ def: def('own1', text, axis), expr }]);
    const req = (lossId: string): SurfaceRequest =>
      axis === 'residual'
        ? { dataset: regression, lossId, params, grid: regGrid, reg: { kind: 'elastic_net', lambda: 0.2, l1Ratio: 0.3 } }
        : { dataset: binary, lossId, params: {}, grid: binGrid, reg: { kind: 'l1', lambda: 0.1, l1Ratio: 0.5 } };
    const typed = surfaceCpu(req('own1'));
    expect(typed.problem).toBeUndefined();
    expect(worstRelative(typed, surfaceCpu(req(builtIn)))).toBeLessThan(1e-12);
  });

  it('a parsed sqrt(r) reports its undefined cells', () => {
    installHand([{ def: def('own1', 'sqrt(r)', 'residual'), expr: parsed('sqrt(r)', 'r') }]);
    const s = surfaceCpu({ dataset: regression, lossId: 'own1', params: {}, grid: { u: [-1, 4], v: [-3, 12], size: 33 }, reg: { kind: 'none' } });
    expect(s.undefinedCells).toBeGreaterThan(0);
    expect(s.undefinedCells).toBeLessThan(33 * 33);
    expect(s.problem).toMatch(/not a finite number/);
  });
});

describe('typed losses in the fused program', () => {
  // Names a person may type that a plain u_<name> would turn into the program's own uniforms.
  const clash = handExpr({
    text: 'grid*r^2 + n*abs(r) + split + cw + u_grid + own_0',
    variable: 'r',
    params: ['grid', 'n', 'split', 'cw', 'u_grid', 'own_0'],
    value: (r, q) => q[0]! * r * r + q[1]! * Math.abs(r) + q[2]! + q[3]! + q[4]! + q[5]!,
    derivative: (r, q) => 2 * q[0]! * r + q[1]! * Math.sign(r),
    glslBody: (p) => `
  float l = ${p(0)} * r * r + ${p(1)} * abs(r) + ${p(2)} + ${p(3)} + ${p(4)} + ${p(5)};
  return vec3(l, 2.0 * ${p(0)} * r + ${p(1)} * sign(r), 1.0);`,
  });

  it('typed parameters get uniforms of their own, declared once each and filled by name in order', () => {
    installHand([{ def: def('own1', clash.text, 'residual'), expr: clash }]);
    const kernel = surfaceKernel('regression', 'own1')!;
    const program = new FusedSurfaceProgram({ tag: 'regression/own1', glsl: kernel.glsl, pieces: kernel.program(), size: 4, capacity: 8, webgl2: true });
    const names = program.customUniforms.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(-6)).toEqual(['u_own_0', 'u_own_1', 'u_own_2', 'u_own_3', 'u_own_4', 'u_own_5']);
    // The formula's GLSL reads the same names the program declares, and never the program's own uniforms.
    for (const n of names.slice(-6)) expect(kernel.glsl.source).toContain(n);
    expect(kernel.glsl.source).not.toMatch(/\bu_(grid|n|split|cw)\b/);
    const params = { grid: 2, n: 3, split: 4, cw: 5, u_grid: 6, own_0: 7 };
    expect(paramUniforms(kernel, params)).toEqual([[2], [3], [4], [5], [6], [7]]);
    // The defaults (1) fill what a link leaves out.
    expect(paramUniforms(kernel, { n: 9 })).toEqual([[1], [9], [1], [1], [1], [1]]);
  });

  it.each([
    ['regression', 'residual', 'float x = u * s.x + v - s.y;', 'acc += vec4(l.x, l.y * s.x, l.y * 1.0, 0.0);'],
    ['binary', 'margin', 'float x = u * s.x + v * s.y;', 'acc += vec4(l.x, l.y * s.x, l.y * s.y, 0.0);'],
  ] as const)('the %s program calls the guarded profile and keeps the smallest ok, also a margin away', (kind, axis, x, add) => {
    installHand([{ def: def('own1', 'sqrt(r)', axis), expr: sqrtR }]);
    const pieces = surfaceKernel(kind, 'own1')!.program();
    expect(pieces.addSample).toContain(x);
    expect(pieces.addSample).toContain('vec3 l = profileGuarded(x);');
    expect(pieces.addSample).toContain(add);
    expect(pieces.addSample).toContain(`profileGuarded(x - ${GUARDED_MARGIN.toFixed(1)}).z`);
    expect(pieces.addSample).toContain(`profileGuarded(x + ${GUARDED_MARGIN.toFixed(1)}).z`);
    expect(pieces.refineBelow).toBe(GUARDED_REFINE_BELOW);
  });

  it('cells whose ok is 0 are recomputed in float64, so GPU-shaped results equal surfaceCpu', () => {
    installHand([{ def: def('own1', 'sqrt(r)', 'residual'), expr: sqrtR }]);
    const req: SurfaceRequest = { dataset: regression, lossId: 'own1', params: {}, grid: { u: [-1, 4], v: [-3, 12], size: 17 }, reg: { kind: 'l1', lambda: 0.2, l1Ratio: 0.5 } };
    const cpu = surfaceCpu(req);
    const data = surfaceCpu({ ...req, reg: { kind: 'none' } });
    const G = req.grid.size;
    const texels = new Float32Array(4 * G * G);
    for (let k = 0; k < G * G; k++) {
      const u = gridCoord(req.grid.u, G, k % G);
      const v = gridCoord(req.grid.v, G, Math.floor(k / G));
      let ok = 1;
      for (let i = 0; i < regression.n; i++) if (!(u * regression.x[i]! + v - regression.y[i]! > 0)) ok = 0;
      // Troubled cells carry garbage, as float32 would: the result must not show it.
      texels.set(ok ? [data.value[k]!, data.du[k]!, data.dv[k]!, 1] : [7, 7, 7, 0], 4 * k);
    }
    const gpu = assembleSurface(req, texels, GUARDED_REFINE_BELOW);
    expect(cpu.undefinedCells).toBeGreaterThan(0);
    expect(gpu.undefinedCells).toBe(cpu.undefinedCells);
    expect(gpu.problem).toBe(cpu.problem);
    expect(worstRelative(gpu, cpu)).toBeLessThan(1e-6);
  });
});
