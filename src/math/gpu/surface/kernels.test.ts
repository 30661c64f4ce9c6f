import { describe, expect, it } from 'vitest';
import { getLoss } from '../../losses';
import { focalAlphaT } from '../../losses/focal';
import type { ProfileGlsl } from '../../surface/glsl';
import { classWeights } from '../../surface/models/scalar';
import { MODEL_KINDS, SURFACE_LOSSES } from '../../surface/registry';
import { paramUniforms, SURFACE_KERNELS, surfaceKernel } from './kernels';
import { FusedSurfaceProgram } from './program';

const uniformsIn = (source: string) => new Set([...source.matchAll(/\bu_(\w+)/g)].map((m) => m[1]));
/** The per-sample functions a model's program may call, which the loss's GLSL must then define. */
const LOSS_FUNCTIONS = ['profileAt', 'sampleAt', 'classLoss'];
const profileOf = (glsl: object) => ('axis' in glsl ? (glsl as ProfileGlsl) : undefined);

describe('surface kernel registry', () => {
  it('has exactly one kernel per (model, loss) the float64 core supports', () => {
    for (const kind of MODEL_KINDS) {
      for (const id of SURFACE_LOSSES[kind]) expect(surfaceKernel(kind, id)?.glsl.id, `${kind}/${id}`).toBe(id);
    }
    const keys = SURFACE_KERNELS.map((k) => `${k.kind}/${k.glsl.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.values(SURFACE_LOSSES).flat().length);
  });

  it('gives every scalar loss of one model the same profile variable', () => {
    for (const kind of MODEL_KINDS) {
      const axes = new Set(SURFACE_KERNELS.filter((k) => k.kind === kind).map((k) => profileOf(k.glsl)?.axis));
      expect([kind, axes.size]).toEqual([kind, 1]);
    }
  });

  describe.each(SURFACE_KERNELS.map((k) => [`${k.kind}/${k.glsl.id}`, k] as const))('%s', (_, kernel) => {
    const spec = getLoss(kernel.glsl.id)!;

    it('reads only parameters of its spec, as declared uniforms', () => {
      const names = spec.params.map((p) => p.name);
      for (const p of kernel.glsl.params) expect(names).toContain(p);
      expect([...uniformsIn(kernel.glsl.source)].toSorted()).toEqual([...kernel.glsl.params].toSorted());
      expect(paramUniforms(kernel, {})).toEqual(kernel.glsl.params.map((p) => [spec.params.find((q) => q.name === p)!.default]));
    });

    it('defines the function its model’s program calls, and mirrors a profile of its spec', () => {
      const called = LOSS_FUNCTIONS.filter((f) => kernel.program().addSample.includes(`${f}(`));
      expect(called.length).toBe(1);
      expect(kernel.glsl.source).toMatch(new RegExp(`(vec2|float) ${called[0]}\\(`));
      const profile = profileOf(kernel.glsl);
      // focal has no margin profile (its α weighs the classes apart) and msle is ℓ(f, y): both mirror
      // the per-sample functions the float64 core uses for them instead.
      if (profile && kernel.glsl.id !== 'focal' && !profile.pair) expect(spec.profiles.some((p) => p.axis === profile.axis)).toBe(true);
    });

    it('builds a program tagged with its loss, for WebGL2 and WebGL1 loops, with its model’s uniforms', () => {
      const o = { size: 8, capacity: 32 };
      for (const webgl2 of [true, false]) {
        const prog = new FusedSurfaceProgram({ tag: `${kernel.kind}/${kernel.id}`, glsl: kernel.glsl, pieces: kernel.program(), ...o, webgl2 });
        expect(prog.userCode.split('\n')[1]).toMatch(new RegExp(`^// loss-atlas \\w+SurfaceProgram: ${kernel.kind}/${kernel.glsl.id}$`));
        expect(prog.outputShape).toEqual([8, 8, 2, 2]);
        expect(prog.userCode).toContain(webgl2 ? 'k < full' : 'k < 16; k++) { if (k >= full) break;');
        expect(prog.customUniforms.map((u) => u.name)).toEqual(
          ['u_grid', 'u_n', 'u_split', ...kernel.program().uniforms.map((u) => u.name), ...kernel.glsl.params.map((p) => `u_${p}`)],
        );
        expect([...uniformsIn(prog.userCode)].every((u) => prog.customUniforms.some((c) => c.name === `u_${u}`) || u === 'data')).toBe(true);
      }
    });
  });

  it("gives focal its α_t per class and every other loss weight 1", () => {
    const focal = profileOf(surfaceKernel('binary', 'focal')!.glsl)!;
    expect(classWeights(focal, { alpha: 0.25 })).toEqual([focalAlphaT(1, 0.25), focalAlphaT(0, 0.25)]);
    expect(classWeights(focal, { alpha: -1 })).toEqual([1, 1]);
    expect(classWeights(profileOf(surfaceKernel('binary', 'hinge')!.glsl)!, {})).toEqual([1, 1]);
  });
});
