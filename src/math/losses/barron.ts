import { LossInputError, num } from '../tensor';
import type { LossSpec, Params } from '../types';
import { RESIDUAL_INPUTS, gradOverResiduals, meanOverResiduals, residualBatch, sampleResiduals } from './residual';

/**
 * Barron's general robust loss ρ(x, α, c) with u = (x/c)² and b = |α − 2|:
 *   ρ = (b/α)·((u/b + 1)^(α/2) − 1),
 * evaluated as (b/α)·expm1((α/2)·log1p(u/b)), which keeps full relative precision for tiny u and for α a
 * hair away from 0 or 2. Exactly at α = 2 and α = 0 (removable singularities of that form) it is ½u and
 * log1p(½u). α is the shape (2: L2, 1: Charbonnier, 0: Cauchy, −2: Geman–McClure, → −∞: Welsch),
 * c > 0 the scale of the quadratic bowl around x = 0.
 */
export function barronAt(x: number, alpha: number, c: number): number {
  const u = (x / c) ** 2;
  if (alpha === 2) return 0.5 * u;
  if (alpha === 0) return Math.log1p(0.5 * u);
  const b = Math.abs(alpha - 2);
  return (b / alpha) * Math.expm1((alpha / 2) * Math.log1p(u / b));
}

/** The weight ψ(x)/x = dρ/dx / x = (1/c²)·(u/b + 1)^(α/2 − 1), taken as an exp of a log1p (1/c² at α = 2). */
export function barronWeightAt(x: number, alpha: number, c: number): number {
  if (alpha === 2) return 1 / (c * c);
  const u = (x / c) ** 2;
  const b = Math.abs(alpha - 2);
  return Math.exp((alpha / 2 - 1) * Math.log1p(u / b)) / (c * c);
}

/** dρ/dx = x·(weight): x/c² at α = 2, falling towards 0 for large |x| whenever α < 2. */
export function barronDerivAt(x: number, alpha: number, c: number): number {
  return x * barronWeightAt(x, alpha, c);
}

function shape(p: Params): { alpha: number; c: number } {
  const alpha = num(p, 'alpha');
  const c = num(p, 'scale');
  if (!(c > 0)) throw new LossInputError('parameter "scale" must be > 0');
  if (!Number.isFinite(alpha)) throw new LossInputError('parameter "alpha" must be finite (use welsch for α → −∞)');
  return { alpha, c };
}

export const barron: LossSpec = {
  id: 'barron',
  title: 'Barron’s general robust loss',
  family: 'robust',
  purpose: 'One robust regression loss with a shape knob α from L2 through Cauchy to Welsch',
  description:
    'A single family that contains the common robust losses as special cases of its shape α: L2 at α = 2, Charbonnier ' +
    '(pseudo-Huber) at 1, Cauchy at 0, Geman–McClure at −2, and Welsch in the limit α → −∞ (the slider stops at −10, ' +
    'which has Welsch’s shape but levels off at 1.2 instead of 1). Lowering α makes large residuals cost less; below α = 1 their pull even falls back towards zero as ' +
    'they grow, so far outliers are all but ignored.',
  useWhen:
    'You are unsure how heavy-tailed your residuals are and want to tune robustness as one number, or to learn it ' +
    'alongside the model as the paper does.',
  watchOut:
    'For α < 1 the loss is not convex: a fit started far from the answer can settle on a poor local minimum, so start ' +
    'from a convex setting (α near 2 or 1) and lower α as training proceeds.',
  source: { label: 'Barron 2019, A General and Adaptive Robust Loss Function', url: 'https://arxiv.org/abs/1701.03077' },
  reduction: 'mean over samples',
  inputs: RESIDUAL_INPUTS,
  params: [
    {
      name: 'alpha',
      symbol: '\\alpha',
      default: 1,
      range: [-10, 4],
      step: 0.05,
      meaning: 'shape: 2 is L2, 1 Charbonnier, 0 Cauchy, −2 Geman–McClure, lower still approaches Welsch',
    },
    {
      name: 'scale',
      symbol: 'c',
      default: 1,
      range: [0.05, 5],
      step: 0.05,
      meaning: 'width of the quadratic bowl around zero: residuals well inside ±c cost about ½(r/c)²',
    },
  ],
  value(inputs, params) {
    const { alpha, c } = shape(params);
    return meanOverResiduals(inputs, (r) => barronAt(r, alpha, c));
  },
  grad(inputs, params) {
    const { alpha, c } = shape(params);
    return gradOverResiduals(inputs, (r) => barronDerivAt(r, alpha, c));
  },
  profiles: [
    {
      axis: 'residual',
      label: 'residual r = ŷ − y',
      xTex: 'r',
      xText: 'r',
      domain: [-6, 6],
      value: (r, p) => barronAt(r, shape(p).alpha, shape(p).c),
      derivative: (r, p) => barronDerivAt(r, shape(p).alpha, shape(p).c),
      piece: (_r, p) => {
        const { alpha } = shape(p);
        return alpha === 2 ? 1 : alpha === 0 ? 2 : 0;
      },
      weight: {
        label: 'weight ψ(r)/r',
        tex: '\\psi(r)/r',
        at: (r, p) => barronWeightAt(r, shape(p).alpha, shape(p).c),
      },
      batch: residualBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\rho(r)',
      pieces: [
        {
          tex:
            '\\frac{|{{alpha}} - 2|}{{{alpha}}}\\Bigl[\\Bigl(\\tfrac{(r/{{scale}})^2}{|{{alpha}} - 2|} + 1\\Bigr)^{{{alpha}}/2} - 1\\Bigr]',
          when: '\\alpha \\ne 0, 2',
        },
        { tex: '\\tfrac{1}{2}(r/{{scale}})^2', when: '\\alpha = 2' },
        { tex: '\\log\\bigl(\\tfrac{1}{2}(r/{{scale}})^2 + 1\\bigr)', when: '\\alpha = 0' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\rho}{\\partial r}',
      pieces: [
        {
          tex: '\\frac{r}{{{scale}}^2}\\left(\\tfrac{(r/{{scale}})^2}{|{{alpha}} - 2|} + 1\\right)^{{{alpha}}/2 - 1}',
          when: '\\alpha \\ne 0, 2',
        },
        { tex: '\\frac{r}{{{scale}}^2}', when: '\\alpha = 2' },
        { tex: '\\frac{r}{{{scale}}^2}\\,\\frac{1}{\\tfrac{1}{2}(r/{{scale}})^2 + 1}', when: '\\alpha = 0' },
      ],
    },
  },
  calls: {
    pytorch: {
      code:
        'r = pred - target\n' +
        'loss = robust_loss_pytorch.general.lossfun(\n' +
        '    r, alpha=torch.tensor({{alpha}}, dtype=r.dtype), scale=torch.tensor({{scale}}, dtype=r.dtype)).mean()',
      note:
        "From the author's robust_loss_pytorch package, not torch itself; alpha and scale must be tensors of the residual's " +
        'dtype. It returns one loss per element (hence .mean()) and keeps |α| and |α − 2| at least float32 ε, so within ' +
        'about 1e-7 of α = 0 or 2 its values differ slightly from these.',
    },
  },
  sample: sampleResiduals,
};
