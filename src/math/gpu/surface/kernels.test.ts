import { describe, expect, it } from 'vitest';
import { getLoss } from '../../losses';
import { focalAlphaT } from '../../losses/focal';
import { SURFACE_LOSSES, type ModelKind } from '../../surface/types';
import { classWeights, paramUniforms, SURFACE_KERNELS, surfaceKernel } from './kernels';
import { ScalarSurfaceProgram, Softmax3SurfaceProgram } from './program';

const uniformsIn = (source: string) => new Set([...source.matchAll(/\bu_(\w+)/g)].map((m) => m[1]));

describe('surface kernel registry', () => {
  it('has exactly one kernel per (model, loss) the float64 core supports', () => {
    for (const kind of Object.keys(SURFACE_LOSSES) as ModelKind[]) {
      for (const id of SURFACE_LOSSES[kind]) expect(surfaceKernel(kind, id)?.glsl.id, `${kind}/${id}`).toBe(id);
    }
    const keys = SURFACE_KERNELS.map((k) => `${k.model}/${k.glsl.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.values(SURFACE_LOSSES).flat().length);
  });

  describe.each(SURFACE_KERNELS.map((k) => [`${k.model}/${k.glsl.id}`, k] as const))('%s', (_, kernel) => {
    const spec = getLoss(kernel.glsl.id)!;

    it('reads only parameters of its spec, as declared uniforms', () => {
      const names = spec.params.map((p) => p.name);
      for (const p of kernel.glsl.params) expect(names).toContain(p);
      expect([...uniformsIn(kernel.glsl.source)].toSorted()).toEqual([...kernel.glsl.params].toSorted());
      expect(paramUniforms(kernel, {})).toEqual(kernel.glsl.params.map((p) => [spec.params.find((q) => q.name === p)!.default]));
    });

    it('defines the function its program calls, along the right variable', () => {
      if (kernel.model === 'softmax3') {
        expect(kernel.glsl.source).toMatch(/float classLoss\(vec3 \w+, int y, out vec3 g\)/);
        return;
      }
      if (kernel.glsl.pair) expect(kernel.glsl.source).toMatch(/vec2 sampleAt\(float f, float y\)/);
      else expect(kernel.glsl.source).toMatch(/vec2 profileAt\(float [rm]\)/);
      expect(kernel.glsl.axis).toBe(kernel.model === 'regression' ? 'residual' : 'margin');
      // focal has no margin profile (its α weighs the classes apart) and msle is ℓ(f, y): both mirror
      // the per-sample functions the float64 core uses for them instead (sampleLoss.ts).
      if (kernel.glsl.id !== 'focal' && !kernel.glsl.pair) expect(spec.profiles.some((p) => p.axis === kernel.glsl.axis)).toBe(true);
    });

    it('builds a program tagged with its loss, for WebGL2 and WebGL1 loops', () => {
      const o = { size: 8, capacity: 32 };
      for (const webgl2 of [true, false]) {
        const prog =
          kernel.model === 'softmax3'
            ? new Softmax3SurfaceProgram({ glsl: kernel.glsl, ...o, webgl2 })
            : new ScalarSurfaceProgram({ model: kernel.model, glsl: kernel.glsl, ...o, webgl2 });
        expect(prog.userCode.split('\n')[1]).toMatch(new RegExp(`^// loss-atlas \\w+SurfaceProgram: ${kernel.model}/${kernel.glsl.id}$`));
        expect(prog.outputShape).toEqual([8, 8, 2, 2]);
        expect(prog.userCode).toContain(webgl2 ? 'k < full' : 'k < 16; k++) { if (k >= full) break;');
        expect(prog.customUniforms.map((u) => u.name)).toEqual(expect.arrayContaining(kernel.glsl.params.map((p) => `u_${p}`)));
      }
    });
  });

  it("gives focal its α_t per class and every other loss weight 1", () => {
    const focal = surfaceKernel('binary', 'focal')!;
    expect(classWeights(focal, { alpha: 0.25 })).toEqual([focalAlphaT(1, 0.25), focalAlphaT(0, 0.25)]);
    expect(classWeights(focal, { alpha: -1 })).toEqual([1, 1]);
    expect(classWeights(surfaceKernel('binary', 'hinge')!, {})).toEqual([1, 1]);
  });
});
