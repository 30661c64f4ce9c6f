import { cosineGradients, crossEntropyRow, dot, unit } from '../numerics-metric';
import { sigmoid, softplus, sum } from '../numerics';
import { num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { CLASS_WEIGHT_INPUTS, cosineBatch, embeddingsAndClasses, OTHERS, sampleClasses, sphereRadius } from './classWeights';

const sOf = (p: Params) => num(p, 's');
const mOf = (p: Params) => num(p, 'm');

function forward(inputs: Inputs, params: Params) {
  const { x: raw, W, y } = embeddingsAndClasses(inputs);
  const x = raw.map((r, i) => unit(r, `x[${i}]`));
  const s = sOf(params);
  const m = mOf(params);
  const rows = x.map((xi, i) =>
    crossEntropyRow(W.map((wj, j) => s * (dot(xi.u, wj.u) - (j === y[i] ? m : 0))), y[i]!));
  return { x, W, s, rows };
}

export const cosface: LossSpec = {
  id: 'cosface',
  title: 'CosFace (additive cosine margin)',
  family: 'metric',
  purpose: 'Face-recognition embeddings: softmax on the sphere with the true cosine lowered by m',
  description:
    'A softmax over scaled cosines between the normalised embedding and normalised class weights, in which the true ' +
    'class’s cosine is reduced by m before scaling. The embedding must beat every other class by m in cosine, not in ' +
    'angle as in ArcFace, which makes the margin the same size everywhere on the cosine scale.',
  useWhen:
    'You train a face or speaker embedding as a classifier over identities and want a large-margin softmax that is ' +
    'simpler and more stable than an angular margin.',
  watchOut:
    'With s too small the softmax cannot become confident and the loss stalls well above 0; with m too large for the ' +
    'number of identities training may not converge.',
  source: { label: 'Wang et al. 2018, CosFace: Large Margin Cosine Loss for Deep Face Recognition', url: 'https://arxiv.org/abs/1801.09414' },
  reduction: 'mean over samples',
  inputs: CLASS_WEIGHT_INPUTS('embeddings (normalised inside the loss)'),
  params: [
    sphereRadius(30),
    { name: 'm', symbol: 'm', default: 0.35, range: [0, 0.8], step: 0.01, meaning: 'cosine subtracted from the true class before scaling' },
  ],
  value(inputs, params) {
    const { rows } = forward(inputs, params);
    return sum(rows.map((r) => r.loss)) / rows.length;
  },
  grad(inputs, params) {
    const { x, W, s, rows } = forward(inputs, params);
    const n = x.length;
    return cosineGradients(x, W, (i, j) => (rows[i]!.dz[j]! * s) / n);
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'cosine to the true class cos θ_y',
      xTex: '\\cos\\theta_y',
      xText: 'cos θ_y',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `${OTHERS} other classes, each at cosine 0 to the embedding`,
      value: (c, p) => softplus(Math.log(OTHERS) - sOf(p) * (c - mOf(p))),
      derivative: (c, p) => -sigmoid(Math.log(OTHERS) - sOf(p) * (c - mOf(p))) * sOf(p),
      batch: (c) => cosineBatch(c, 1),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\cos\\theta_y)',
      pieces: [{
        tex: '-\\log \\frac{e^{{{s}}(\\cos\\theta_y - {{m}})}}{e^{{{s}}(\\cos\\theta_y - {{m}})} + \\sum_{j \\ne y} e^{{{s}}\\cos\\theta_j}}',
        when: '',
      }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\cos\\theta_y}',
      pieces: [{ tex: '-(1 - p_y)\\,{{s}}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'cos = F.normalize(x, dim=1) @ F.normalize(W, dim=1).T\n' +
        'loss = F.cross_entropy({{s}} * (cos - {{m}} * F.one_hot(y, cos.shape[1])), y)',
      note: 'No core PyTorch class; written with tensor operations.',
    },
  },
  sample: sampleClasses,
};
