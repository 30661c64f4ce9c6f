/** The binary linear classifier f = w₁x₁ + w₂x₂ (no bias), labels ±1: the surface is over (w₁, w₂). */
import { seededRng } from '../../../random';
import type { ProfileGlsl } from '../../glsl';
import type { PresetSpec, SurfaceModel } from '../../model';
import { packByLabel } from '../../pack';
import type { Grid } from '../../types';
import { classWeights, guardedPieces, scalarPieces, type Columns } from '../scalar';
import { blobs2 } from './data';

const GRID: Grid = { u: [-4, 4], v: [-4, 4], size: 128 };

const preset = (
  id: string,
  title: string,
  description: string,
  o: { spread: number; positive: number; gap: number; flipped: number },
): PresetSpec => ({ id, title, description, defaultN: 100, grid: GRID, generator: (seed, n) => blobs2(seededRng(seed), n, o) });

export const binary: SurfaceModel<'binary', Columns, ProfileGlsl> = {
  kind: 'binary',
  title: 'Binary: f = w₁x₁ + w₂x₂, labels ±1',
  axisTitles: ['weight w₁', 'weight w₂'],
  weightAxes: 'uv',
  fit: 'boundary',
  region: 'shape',
  costPerSample: 1,
  tex: {
    objective: 'J(\\mathbf{w}) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(y_i\\,\\mathbf{w}^\\top \\mathbf{x}_i\\big)',
    gradient: "\\nabla J = \\frac{1}{N}\\sum_i \\ell'(m_i)\\,y_i\\,\\mathbf{x}_i{{reg_grad}}",
    weights: '\\mathbf{w}',
    bias: 'The bias',
  },
  opening: { losses: ['hinge', 'bce_logits'], preset: 'bin-separable', lr: 0.5, colorScale: 'linear' },
  data: {
    d: 2,
    axes: ['x1', 'x2'],
    axisLabels: ['x₁', 'x₂'],
    labels: { values: [1, -1], names: ['+1', '−1'], word: 'label', rule: 'binary labels must be −1 or +1', home: (c) => [c, c] },
    emptyExtent: { x: [-3, 3], y: [-3, 3] },
  },
  presets: [
    preset('bin-separable', 'Linearly separable', 'Two classes a line through the origin splits exactly: hinge reaches zero and W is not unique.', {
      spread: 0.45, positive: 0.5, gap: 0.25, flipped: 0,
    }),
    preset('bin-overlap', 'Overlapping classes', 'Classes that share ground: no line is perfect and every loss has a finite minimum.', {
      spread: 1.1, positive: 0.5, gap: 0, flipped: 0,
    }),
    preset('bin-imbalanced', 'Imbalanced (90/10)', 'Nine negatives for every positive: see how focal and α reweight the rare class.', {
      spread: 0.7, positive: 0.1, gap: 0, flipped: 0,
    }),
    preset('bin-outliers', 'Separable with outliers', 'Separable classes plus a few points deep on the wrong side: squared hinge pays them most.', {
      spread: 0.45, positive: 0.5, gap: 0.25, flipped: 0.05,
    }),
  ],
  columns(ds) {
    const a = new Float64Array(ds.n);
    const b = new Float64Array(ds.n);
    for (let i = 0; i < ds.n; i++) {
      a[i] = ds.x[2 * i]!;
      b[i] = ds.x[2 * i + 1]!;
    }
    return { a, b, y: Float64Array.from(ds.y) };
  },
  weightMap: () => ({ o: Float64Array.of(0, 0), p: Float64Array.of(1, 0), q: Float64Array.of(0, 1) }),
  // (yᵢ·x₁ᵢ, yᵢ·x₂ᵢ), label +1 first: the margin is then u·a + v·b and ∂m/∂(u, v) = (a, b).
  pack(ds) {
    const { rows, capacity, ends } = packByLabel(ds.x, ds.y, [1, -1], (c) => c);
    return { rows, n: ds.n, capacity, split: [ends[0]!, ds.n] };
  },
  program: (glsl) =>
    glsl.guarded
      ? // A typed loss (ProfileGlsl.guarded): the margin as below.
        guardedPieces('u * s.x + v * s.y', ['s.x', 's.y'])
      : scalarPieces(`
  vec2 l = profileAt(u * s.x + v * s.y);
  float w = ${glsl.classWeights ? '(i < u_split.x ? u_cw.x : u_cw.y)' : '1.0'};
  acc += w * vec4(l.x, l.y * s.x, l.y * s.y, 0.0);`),
  programUniforms: (_req, glsl, params) => [[...classWeights(glsl, params)]],
};
