/**
 * The 3-class linear classifier W (3×(d+1), last column bias) seen on a 2-D slice W(u, v) = O + u·D1 + v·D2
 * through its nine weights (slice.ts chooses O, D1, D2).
 */
import { seededRng } from '../../../random';
import { SurfaceInputError } from '../../errors';
import type { ClassGlsl } from '../../glsl';
import type { PresetSpec, Sums, SurfaceModel } from '../../model';
import { packByLabel } from '../../pack';
import type { Grid } from '../../types';
import { blobs3, SOFTMAX3_DATA } from './data';
import { checkSlice, softmaxSlice } from './slice';

/** softmax3 data: logit rows z_i = z0_i + u·za_i + v·zb_i (3 per sample), class ids y, scratch row z. */
export interface SliceColumns {
  readonly z0: Float64Array;
  readonly za: Float64Array;
  readonly zb: Float64Array;
  readonly y: Float64Array;
  readonly z: number[];
}

export type SliceSums = Sums<SliceColumns>;

/** Grids are slice coordinates around a trained W (see slice.ts). */
const GRID: Grid = { u: [-1, 1], v: [-1, 1], size: 128 };

const preset = (id: string, title: string, description: string, spread: number, gap: number): PresetSpec => ({
  id,
  title,
  description,
  defaultN: 150,
  grid: GRID,
  generator: (seed, n) => blobs3(seededRng(seed), n, spread, gap),
});

export const softmax3: SurfaceModel<'softmax3', SliceColumns, ClassGlsl> = {
  kind: 'softmax3',
  title: '3-class linear classifier (slice)',
  axisTitles: ['α along direction 1', 'β along direction 2'],
  weightAxes: 'uv',
  fit: 'regions',
  region: 'none',
  costPerSample: 20,
  tex: {
    objective:
      'J(\\alpha, \\beta) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(W\\tilde{\\mathbf{x}}_i, y_i\\big),\\; W = W^{*} + \\alpha D_1 + \\beta D_2',
    gradient:
      '\\frac{\\partial J}{\\partial \\alpha} = \\langle \\nabla_W J, D_1 \\rangle, \\quad \\frac{\\partial J}{\\partial \\beta} = \\langle \\nabla_W J, D_2 \\rangle{{reg_grad}}',
    weights: 'W',
    regGradient: ' + \\lambda\\langle\\nabla R(W), D\\rangle',
    bias: 'The bias column of W',
  },
  opening: { losses: ['softmax_ce', 'multiclass_hinge'], preset: 'soft-blobs', lr: 0.5, colorScale: 'linear' },
  data: SOFTMAX3_DATA,
  presets: [
    preset(
      'soft-blobs',
      'Three separate blobs',
      'Three well-separated classes: softmax CE keeps improving with scale, the SVM loss stops at zero.',
      0.45,
      0.3,
    ),
    preset('soft-overlap', 'Three overlapping blobs', 'Classes that overlap: both losses have a bowl with a finite bottom.', 1.2, 0),
  ],
  slice: (ds) => softmaxSlice(ds),
  checkSlice,
  /** z0 = origin·x̃, za = d1·x̃, zb = d2·x̃ with x̃ = [x₁, x₂, 1]. */
  columns(ds, s) {
    const cols = ds.d + 1;
    const len = 3 * cols;
    if (!s || s.origin.length !== len || s.d1.length !== len || s.d2.length !== len) {
      throw new SurfaceInputError(`the 3-class model needs a slice: origin and two directions of ${len} numbers`);
    }
    if (![...s.origin, ...s.d1, ...s.d2].every(Number.isFinite)) throw new SurfaceInputError('the slice holds a non-finite number');
    const n = ds.n;
    const m: SliceColumns = { z0: new Float64Array(3 * n), za: new Float64Array(3 * n), zb: new Float64Array(3 * n), y: Float64Array.from(ds.y), z: [0, 0, 0] };
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 3; k++) {
        for (let c = 0; c < cols; c++) {
          const xc = c === ds.d ? 1 : ds.x[i * ds.d + c]!;
          m.z0[3 * i + k]! += s.origin[k * cols + c]! * xc;
          m.za[3 * i + k]! += s.d1[k * cols + c]! * xc;
          m.zb[3 * i + k]! += s.d2[k * cols + c]! * xc;
        }
      }
    }
    return m;
  },
  /** The non-bias entries of origin + u·d1 + v·d2. */
  weightMap(ds, slice) {
    const cols = ds.d + 1;
    const at = (k: number) => Math.floor(k / ds.d) * cols + (k % ds.d); // k-th weight → its entry in a 3×(d+1) row-major W
    const pick = (m: Float64Array | undefined) => Float64Array.from({ length: 3 * ds.d }, (_, k) => m?.[at(k)] ?? 0);
    return { o: pick(slice?.origin), p: pick(slice?.d1), q: pick(slice?.d2) };
  },
  // (x₁ᵢ, x₂ᵢ), sorted by class; the class of sample k follows from the split.
  pack(ds) {
    const { rows, capacity, ends } = packByLabel(ds.x, ds.y, [0, 1, 2], () => 1);
    return { rows, n: ds.n, capacity, split: [ends[0]!, ends[1]!] };
  },
  /**
   * Per cell, the mean of ℓ(W x̃, y) and ⟨∇_W ℓ, D1⟩, ⟨∇_W ℓ, D2⟩: ∇_W is accumulated as three rows Σ gₖ·x̃
   * and projected on D1, D2 once per cell.
   */
  program: () => ({
    uniforms: ['u_o', 'u_d1', 'u_d2'].map((name) => ({ name, type: 'vec3', arrayIndex: 3 })),
    globals: `
vec3 W0; vec3 W1; vec3 W2; vec3 G0; vec3 G1; vec3 G2;`,
    addSample: `
  vec3 xt = vec3(s, 1.0);
  int y = i < u_split.x ? 0 : (i < u_split.y ? 1 : 2);
  vec3 g;
  acc.x += classLoss(vec3(dot(W0, xt), dot(W1, xt), dot(W2, xt)), y, g);
  G0 += g.x * xt;
  G1 += g.y * xt;
  G2 += g.z * xt;`,
    init: `
  W0 = u_o[0] + u * u_d1[0] + v * u_d2[0];
  W1 = u_o[1] + u * u_d1[1] + v * u_d2[1];
  W2 = u_o[2] + u * u_d1[2] + v * u_d2[2];
  G0 = vec3(0.0); G1 = vec3(0.0); G2 = vec3(0.0);
  vec4 acc = vec4(0.0);`,
    finish: `
  float du = dot(G0, u_d1[0]) + dot(G1, u_d1[1]) + dot(G2, u_d1[2]);
  float dv = dot(G0, u_d2[0]) + dot(G1, u_d2[1]) + dot(G2, u_d2[2]);
  setOutput(vec4(acc.x, du, dv, 0.0) / float(u_n));`,
  }),
  programUniforms: (req) => {
    const s = req.slice!;
    return [[...s.origin], [...s.d1], [...s.d2]];
  },
};
