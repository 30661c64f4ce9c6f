import { normal, normals } from '../random';
import { LossInputError, mat, vec } from '../tensor';
import type { Inputs, LossSpec } from '../types';

function read(inputs: Inputs) {
  const x = mat(inputs, 'x');
  const c = mat(inputs, 'centers');
  const y = vec(inputs, 'y');
  if (x.length === 0) throw new LossInputError('a batch needs at least one sample');
  if (y.length !== x.length) throw new LossInputError(`input "y" has ${y.length} entries, expected ${x.length}`);
  if (c.length === 0 || c[0]!.length !== x[0]!.length) {
    throw new LossInputError('input "centers" must have one row per class, as long as the rows of "x"');
  }
  for (const k of y) {
    if (!Number.isInteger(k) || k < 0 || k >= c.length) {
      throw new LossInputError(`input "y" must hold class ids 0…${c.length - 1}; got ${k}`);
    }
  }
  return { x, c, y, diff: x.map((r, i) => r.map((v, t) => v - c[y[i]!]![t]!)) };
}

export const center: LossSpec = {
  id: 'center',
  title: 'Center loss',
  family: 'metric',
  purpose: 'Tightens each class: pulls features toward a learned centre of their class',
  description:
    'Keeps one centre per class and charges each feature half its squared distance to the centre of its own ' +
    'class. It does not separate classes by itself; added to softmax cross-entropy it makes the clusters that ' +
    'the classifier separates compact, which helps open-set recognition such as face verification.',
  useWhen:
    'Features must be compact within a class as well as separable, e.g. for verification with a nearest-centre ' +
    'or threshold rule; use it beside a classification loss with a small weight.',
  watchOut:
    'Alone it collapses everything to one point (features and centres all equal gives zero). Here the centres ' +
    'get the plain gradient; the paper updates them with their own rule and rate instead.',
  source: {
    label: 'Wen et al. 2016, A Discriminative Feature Learning Approach for Deep Face Recognition',
    url: 'https://doi.org/10.1007/978-3-319-46478-7_31',
  },
  reduction: 'mean over samples',
  inputs: [
    { name: 'x', shape: '[n][d]', meaning: 'features x', differentiable: true },
    { name: 'centers', shape: '[C][d]', meaning: 'one centre c_k per class', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'class ids y ∈ {0, …, C−1}', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const { diff } = read(inputs);
    let s = 0;
    for (const r of diff) for (const v of r) s += v * v;
    return (0.5 * s) / diff.length;
  },
  grad(inputs) {
    const { c, y, diff } = read(inputs);
    const n = diff.length;
    // Centres of classes without samples keep a zero gradient.
    const gc = c.map((r) => r.map(() => 0));
    diff.forEach((r, i) => r.forEach((v, t) => (gc[y[i]!]![t]! -= v / n)));
    return { x: diff.map((r) => r.map((v) => v / n)), centers: gc };
  },
  profiles: [
    {
      axis: 'distance',
      label: 'distance ‖x − c_y‖ to the class centre',
      xTex: '\\|x - c_y\\|',
      xText: '‖x − c_y‖',
      domain: [0, 3],
      defined: [0, Infinity],
      held: 'one sample; its class centre at the origin',
      value: (d) => 0.5 * d * d,
      derivative: (d) => d,
      batch: (d) => ({ inputs: { x: [[d]], centers: [[0]], y: [0] }, dx: (g) => (g.x as number[][])[0]![0]! }),
    },
  ],
  tex: {
    value: { lhs: '\\ell(x)', pieces: [{ tex: '\\tfrac{1}{2}\\lVert x - c_y \\rVert^2', when: '' }] },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial x}',
      pieces: [{ tex: 'x - c_y,\\qquad \\frac{\\partial \\ell}{\\partial c_y} = c_y - x', when: '' }],
    },
  },
  calls: {},
  sample: (rng, n) => {
    const C = 3;
    const centers = Array.from({ length: C }, () => normals(rng, 3, 2));
    const y = Array.from({ length: n }, () => Math.floor(rng() * C));
    return { x: y.map((k) => centers[k]!.map((v) => v + normal(rng))), centers, y };
  },
};
