import { mean } from '../numerics';
import { normals } from '../random';
import { num, sameLength, vec } from '../tensor';
import type { LossSpec, Params } from '../types';
import { signLabels } from './hinge';

const marginOf = (p: Params) => num(p, 'margin');

/**
 * Margin ranking loss of one pair: max(0, −y·(x1 − x2) + margin). x1, x2 are the two scores,
 * y = +1 when x1 should rank higher and −1 when x2 should; margin ≥ 0 is the required gap.
 * Evaluated in PyTorch's order, so pairs ~1e6 apart by ~1e-4 round the same way.
 */
export function marginRankingAt(x1: number, x2: number, y: number, margin: number): number {
  return Math.max(0, -y * (x1 - x2) + margin);
}

/**
 * d marginRankingAt / dx1 = −y while −y(x1 − x2) + margin ≥ 0, else 0 (d/dx2 is its negative).
 * At the kink itself the gradient is kept, as PyTorch's clamp_min backward does.
 */
export function marginRankingDerivAt(x1: number, x2: number, y: number, margin: number): number {
  return -y * (x1 - x2) + margin >= 0 ? -y : 0;
}

export const marginRanking: LossSpec = {
  id: 'margin_ranking',
  title: 'Margin ranking',
  family: 'ranking',
  purpose: 'Ranking pairs: the preferred item must outscore the other by a margin',
  useWhen:
    'Learning to order pairs: the first item should outscore the second by a margin, as in pairwise ranking or preference data.',
  watchOut:
    'It only sees pairs: the number of pairs grows quadratically with the list, and pairs far down a ranking count as much as the top ones.',
  source: { label: 'torch.nn.MarginRankingLoss', url: 'https://pytorch.org/docs/stable/generated/torch.nn.MarginRankingLoss.html' },
  description:
    'Scores two items and a label saying which one should come first. The pair is free once the preferred score ' +
    'leads the other by at least the margin; short of that, the cost rises linearly and pushes the two scores apart ' +
    'in opposite directions. Only the difference of the scores matters, never their level.',
  reduction: 'mean over pairs',
  inputs: [
    { name: 'x1', shape: '[n]', meaning: 'scores of the first item in each pair', differentiable: true },
    { name: 'x2', shape: '[n]', meaning: 'scores of the second item in each pair', differentiable: true },
    { name: 'y', shape: '[n]', meaning: 'y = +1 if x1 should rank higher, −1 if x2 should', differentiable: false },
  ],
  params: [
    {
      name: 'margin',
      symbol: 'm',
      default: 0,
      range: [0, 3],
      step: 0.05,
      meaning: 'the lead the preferred item must have before the pair stops costing anything',
    },
  ],
  value(inputs, params) {
    const a = vec(inputs, 'x1');
    const b = vec(inputs, 'x2');
    const y = signLabels(vec(inputs, 'y'), 'y');
    sameLength(a, b, y);
    const m = marginOf(params);
    return mean(a.map((ai, i) => marginRankingAt(ai, b[i]!, y[i]!, m)));
  },
  grad(inputs, params) {
    const a = vec(inputs, 'x1');
    const b = vec(inputs, 'x2');
    const y = signLabels(vec(inputs, 'y'), 'y');
    const n = sameLength(a, b, y);
    const m = marginOf(params);
    const d = a.map((ai, i) => marginRankingDerivAt(ai, b[i]!, y[i]!, m) / n);
    return { x1: d, x2: d.map((v) => -v) };
  },
  profiles: [
    {
      axis: 'margin',
      label: 'signed gap y·(x1 − x2)',
      xTex: 'y\\,(x_1 - x_2)',
      xText: 'y·(x₁ − x₂)',
      domain: [-3, 3],
      held: 'y = +1 and x2 = 0, so the gap is x1',
      value: (x, p) => marginRankingAt(x, 0, 1, marginOf(p)),
      derivative: (x, p) => marginRankingDerivAt(x, 0, 1, marginOf(p)),
      piece: (x, p) => (x <= marginOf(p) ? 0 : 1),
      batch: (x) => ({ inputs: { x1: [x], x2: [0], y: [1] }, dx: (g) => (g.x1 as number[])[0]! }),
    },
    {
      axis: 'difference',
      label: 'score difference s⁺ − s⁻',
      xTex: 's^+ - s^-',
      xText: 's⁺ − s⁻',
      domain: [-4, 4],
      held: 'x1 is the preferred item (y = +1) and x2 = 0, so the difference is x1',
      value: (x, p) => marginRankingAt(x, 0, 1, marginOf(p)),
      derivative: (x, p) => marginRankingDerivAt(x, 0, 1, marginOf(p)),
      piece: (x, p) => (x <= marginOf(p) ? 0 : 1),
      batch: (x) => ({ inputs: { x1: [x], x2: [0], y: [1] }, dx: (g) => (g.x1 as number[])[0]! }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(x_1, x_2)',
      pieces: [
        { tex: '{{margin}} - y\\,(x_1 - x_2)', when: 'y\\,(x_1 - x_2) \\le {{margin}}' },
        { tex: '0', when: 'y\\,(x_1 - x_2) > {{margin}}' },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial x_1} = -\\frac{\\partial \\ell}{\\partial x_2}',
      pieces: [
        { tex: '-y', when: 'y\\,(x_1 - x_2) \\le {{margin}}' },
        { tex: '0', when: 'y\\,(x_1 - x_2) > {{margin}}' },
      ],
    },
  },
  calls: {
    pytorch: { code: 'torch.nn.MarginRankingLoss(margin={{margin}})' },
  },
  sample: (rng, n) => ({
    x1: normals(rng, n, 1.5),
    x2: normals(rng, n, 1.5),
    y: Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1)),
  }),
};
