import { logCosh as logCoshStable, mean } from '../numerics';
import { normals } from '../random';
import { sameLength, vec } from '../tensor';
import type { LossSpec } from '../types';

/**
 * ℓ(r) = log cosh r, r = ŷ − y the residual. Behaves like r²/2 for small |r| and like |r| − log 2 for
 * large |r|; evaluated through numerics.logCosh so r ~ 1e-10 keeps its digits and |r| > 710 does not overflow.
 */
export function logCoshAt(r: number): number {
  return logCoshStable(r);
}

/** ψ(r) = dℓ/dr = tanh r: a smooth clip of the pull to (−1, 1). */
export function logCoshDerivAt(r: number): number {
  return Math.tanh(r);
}

export const logCosh: LossSpec = {
  id: 'log_cosh',
  title: 'Log-cosh',
  family: 'regression',
  purpose: 'Robust regression like Huber, but smooth everywhere with no breakpoint',
  description:
    'The logarithm of the hyperbolic cosine of the residual: about r²/2 near zero and about |r| − log 2 far ' +
    'out. It behaves like Huber with δ = 1 but has no breakpoint, so its gradient tanh(r) and every higher ' +
    'derivative are smooth.',
  reduction: 'mean over samples',
  inputs: [
    { name: 'pred', shape: '[n]', meaning: 'predictions ŷ', differentiable: true },
    { name: 'target', shape: '[n]', meaning: 'targets y', differentiable: false },
  ],
  params: [],
  value(inputs) {
    const p = vec(inputs, 'pred');
    const t = vec(inputs, 'target');
    sameLength(p, t);
    return mean(p.map((pi, i) => logCoshAt(pi - t[i]!)));
  },
  grad(inputs) {
    const p = vec(inputs, 'pred');
    const t = vec(inputs, 'target');
    const n = sameLength(p, t);
    return { pred: p.map((pi, i) => logCoshDerivAt(pi - t[i]!) / n) };
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      domain: [-4, 4],
      value: (r) => logCoshAt(r),
      derivative: (r) => logCoshDerivAt(r),
      weight: {
        label: 'weight ψ(r)/r = tanh(r)/r',
        tex: '\\psi(r)/r',
        at: (r) => (r === 0 ? 1 : logCoshDerivAt(r) / r),
      },
      batch: (r) => ({ inputs: { pred: [r], target: [0] }, dx: (g) => (g.pred as number[])[0]! }),
    },
  ],
  tex: {
    value: { lhs: '\\ell(r)', pieces: [{ tex: '\\log\\cosh r', when: '' }] },
    grad: { lhs: '\\frac{\\partial \\ell}{\\partial r}', pieces: [{ tex: '\\tanh r', when: '' }] },
  },
  calls: {
    keras: { code: 'keras.losses.LogCosh()' },
    tfjs: {
      code: "model.compile({ optimizer: 'sgd', loss: 'logcosh' })",
      note: 'tfjs-core has no log-cosh op; the tfjs-layers string loss computes the same mean.',
    },
  },
  sample: (rng, n) => ({ pred: normals(rng, n, 2), target: normals(rng, n) }),
};
