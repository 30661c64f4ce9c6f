import { logCosh as logCoshStable } from '../numerics';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';
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
  useWhen:
    'You want Huber-like behaviour (quadratic near zero, linear far out) with derivatives of every order, for example with second-order optimisers.',
  watchOut:
    'Its switch from quadratic to linear sits at |r| ≈ 1 and has no knob, so the scale of your targets decides what counts as an outlier.',
  source: { label: 'keras.losses.LogCosh', url: 'https://keras.io/api/losses/regression_losses/#logcosh-class' },
  description:
    'The logarithm of the hyperbolic cosine of the residual: about r²/2 near zero and about |r| − log 2 far ' +
    'out. It behaves like Huber with δ = 1 but has no breakpoint, so its gradient tanh(r) and every higher ' +
    'derivative are smooth.',
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [],
  value(inputs) {
    return meanOverResiduals(inputs, (r) => logCoshAt(r));
  },
  grad(inputs) {
    return gradOverResiduals(inputs, (r) => logCoshDerivAt(r));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-4, 4],
      value: (r) => logCoshAt(r),
      derivative: (r) => logCoshDerivAt(r),
      weight: {
        label: 'weight ψ(r)/r = tanh(r)/r',
        tex: '\\psi(r)/r',
        at: (r) => (r === 0 ? 1 : logCoshDerivAt(r) / r),
      },
      batch: residualBatch,
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
  sample: sampleResiduals,
};
