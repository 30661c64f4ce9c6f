import { crossEntropyRow, dot, norm, unitBackward } from '../numerics-metric';
import { sigmoid, softplus, sum } from '../numerics';
import { LossInputError, num } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';
import { CLASS_WEIGHT_INPUTS, cosineBatch, embeddingsAndClasses, OTHERS, sampleClasses } from './classWeights';

/** The embedding length ‖x‖ held in the profile (it plays the part of CosFace's and ArcFace's scale s). */
const PROFILE_NORM = 30;

/** Chebyshev polynomials: T_m(cos θ) = cos mθ and U_{m−1}(cos θ) = sin mθ / sin θ, for m = 1…4. */
const T = [(c: number) => c, (c: number) => 2 * c * c - 1, (c: number) => c * (4 * c * c - 3), (c: number) => 8 * c * c * (c * c - 1) + 1];
const U = [() => 1, (c: number) => 2 * c, (c: number) => 4 * c * c - 1, (c: number) => 4 * c * (2 * c * c - 1)];

function mOf(p: Params): number {
  const m = num(p, 'm');
  if (!Number.isInteger(m) || m < 1 || m > 4) throw new LossInputError(`parameter "m" must be an integer from 1 to 4; got ${m}`);
  return m;
}

/**
 * A-Softmax's ψ(θ) = (−1)^k cos(mθ) − 2k with k = ⌊mθ/π⌋, for cos θ = c, and dψ/dc = (−1)^k·m·U_{m−1}(c).
 * ψ falls monotonically from 1 to 1 − 2m over θ ∈ [0, π] and is continuously differentiable.
 */
export function psi(c: number, m: number): { value: number; slope: number } {
  const k = Math.floor((m * Math.acos(Math.min(1, Math.max(-1, c)))) / Math.PI);
  const sign = k % 2 === 0 ? 1 : -1;
  return { value: sign * T[m - 1]!(c) - 2 * k, slope: sign * m * U[m - 1]!(c) };
}

function forward(inputs: Inputs, params: Params) {
  const { x, W, y } = embeddingsAndClasses(inputs);
  const m = mOf(params);
  const rows = x.map((xi, i) => {
    const len = norm(xi);
    if (!(len > 0) || !Number.isFinite(len)) throw new LossInputError(`x[${i}] must be a finite non-zero vector`);
    const dots = W.map((wj) => dot(xi, wj.u));
    const c = dots[y[i]!]! / len;
    const p = psi(c, m);
    const ce = crossEntropyRow(dots.map((d, j) => (j === y[i] ? len * p.value : d)), y[i]!);
    return { len, c, p, ce };
  });
  return { x, W, y, rows };
}

export const sphereface: LossSpec = {
  id: 'sphereface',
  title: 'SphereFace (A-Softmax)',
  family: 'metric',
  purpose: 'Face-recognition embeddings: softmax with the true class’s angle multiplied by m',
  description:
    'A softmax whose logits are the embedding’s length times its cosine to each normalised class weight, except that ' +
    'the true class’s angle is multiplied by an integer m first, through a function ψ that keeps falling over the ' +
    'whole half-circle. To win, the embedding’s angle to its class must be about m times smaller than to any other.',
  useWhen:
    'You reproduce SphereFace-era face recognition, or want to see how a multiplicative angular margin compares with ' +
    'the additive ones of CosFace and ArcFace.',
  watchOut:
    'With m = 4 and no blending with plain softmax the loss is hard to optimise from scratch; the original training ' +
    'anneals from softmax. The embedding length is not normalised, so it also sets the scale.',
  source: { label: 'Liu et al. 2017, SphereFace: Deep Hypersphere Embedding for Face Recognition', url: 'https://arxiv.org/abs/1704.08063' },
  reduction: 'mean over samples',
  inputs: CLASS_WEIGHT_INPUTS('embeddings (not normalised: their length scales the logits)'),
  params: [
    { name: 'm', symbol: 'm', default: 4, range: [1, 4], step: 1, integer: true, meaning: 'how many times the true class’s angle is multiplied; 1 is plain softmax' },
  ],
  value(inputs, params) {
    const { rows } = forward(inputs, params);
    return sum(rows.map((r) => r.ce.loss)) / rows.length;
  },
  grad(inputs, params) {
    const { x, W, y, rows } = forward(inputs, params);
    const n = x.length;
    const gx = x.map((xi) => xi.map(() => 0));
    const gW = W.map((wj) => wj.u.map(() => 0));
    rows.forEach(({ len, c, p, ce }, i) => {
      const xi = x[i]!;
      ce.dz.forEach((d, j) => {
        const g = d / n;
        if (j !== y[i]) {
          // logit x·ŵ_j
          for (let t = 0; t < xi.length; t++) {
            gx[i]![t]! += g * W[j]!.u[t]!;
            gW[j]![t]! += g * xi[t]!;
          }
          return;
        }
        // logit ‖x‖ψ(c), c = x·ŵ_y/‖x‖: d/dx = ψ x/‖x‖ + ψ′(ŵ_y − c x/‖x‖), d/dŵ_y = ψ′ x
        for (let t = 0; t < xi.length; t++) {
          const xu = xi[t]! / len;
          gx[i]![t]! += g * (p.value * xu + p.slope * (W[j]!.u[t]! - c * xu));
          gW[j]![t]! += g * p.slope * xi[t]!;
        }
      });
    });
    return { x: gx, W: gW.map((g, j) => unitBackward(W[j]!.u, W[j]!.len, g)) };
  },
  profiles: [
    {
      axis: 'similarity',
      label: 'cosine to the true class cos θ_y',
      xTex: '\\cos\\theta_y',
      xText: 'cos θ_y',
      domain: [-1, 1],
      defined: [-1, 1],
      held: `embedding length ‖x‖ = ${PROFILE_NORM}; ${OTHERS} other classes, each at cosine 0 to the embedding`,
      value: (c, p) => softplus(Math.log(OTHERS) - PROFILE_NORM * psi(c, mOf(p)).value),
      derivative: (c, p) => {
        const q = psi(c, mOf(p));
        return -sigmoid(Math.log(OTHERS) - PROFILE_NORM * q.value) * PROFILE_NORM * q.slope;
      },
      batch: (c) => cosineBatch(c, PROFILE_NORM),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(\\cos\\theta_y)',
      pieces: [{
        tex:
          '\\begin{aligned}&-\\log \\frac{e^{\\|x\\|\\psi(\\theta_y)}}{e^{\\|x\\|\\psi(\\theta_y)} + \\sum_{j \\ne y} e^{\\|x\\|\\cos\\theta_j}}, \\\\ ' +
          '&\\psi(\\theta) = (-1)^k\\cos({{m}}\\theta) - 2k,\\ k = \\bigl\\lfloor {{m}}\\theta/\\pi \\bigr\\rfloor\\end{aligned}',
        when: '',
      }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\cos\\theta_y}',
      pieces: [{ tex: '-(1 - p_y)\\,\\|x\\|\\,(-1)^k\\,{{m}}\\,\\frac{\\sin({{m}}\\theta_y)}{\\sin\\theta_y}', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code:
        'logits = x @ F.normalize(W, dim=1).T\n' +
        'length = x.norm(dim=1, keepdim=True)\n' +
        'theta = torch.acos((logits.gather(1, y[:, None]) / length).clamp(-1, 1))\n' +
        'k = torch.floor({{m}} * theta / math.pi)\n' +
        'psi = (-1) ** k * torch.cos({{m}} * theta) - 2 * k\n' +
        'loss = F.cross_entropy(logits.scatter(1, y[:, None], length * psi), y)',
      note: 'No core PyTorch class. The original training also blends ψ with cos θ_y (a λ annealed towards 0); this definition does not.',
    },
  },
  sample: sampleClasses,
};
