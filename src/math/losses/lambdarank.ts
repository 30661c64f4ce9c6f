import { sigmoid, softplus, sum } from '../numerics';
import { LossInputError, num } from '../tensor';
import type { LossSpec, Params } from '../types';
import { LIST_INPUTS, sampleLists, scoreLists, TWO_ITEM_HELD, twoItemBatch } from './scoreLists';

const sigmaOf = (p: Params) => num(p, 'sigma');
const discount = (rank: number) => 1 / Math.log2(1 + rank);

/** |ΔNDCG| of swapping the two items of the profile's list (relevance 1 and 0): 1 − 1/log₂3, in either order. */
const TWO_ITEM_DELTA = 1 - discount(2);

/**
 * |ΔNDCG_ij| for every pair of one list: |(G_i − G_j)(D_i − D_j)| / IDCG with gains G = 2^rel − 1 and
 * discounts D = 1/log₂(1 + rank), ranks (1-based) from the scores sorted descending; ties keep list order.
 */
export function ndcgSwapWeights(scores: readonly number[], relevance: readonly number[]): number[][] {
  const gains = relevance.map((r) => {
    if (!(r >= 0)) throw new LossInputError(`input "relevance" must hold grades ≥ 0; got ${r}`);
    return 2 ** r - 1;
  });
  const order = scores.map((_, i) => i).toSorted((a, b) => scores[b]! - scores[a]! || a - b);
  const disc: number[] = [];
  order.forEach((item, k) => (disc[item] = discount(k + 1)));
  const ideal = sum(gains.toSorted((a, b) => b - a).map((g, k) => g * discount(k + 1)));
  return gains.map((gi, i) => gains.map((gj, j) => (ideal > 0 ? Math.abs((gi - gj) * (disc[i]! - disc[j]!)) / ideal : 0)));
}

/**
 * LambdaRank of one list: Σ over pairs with rel_i > rel_j of |ΔNDCG_ij|·log(1 + e^{−σ(s_i − s_j)}), and its gradient
 * with |ΔNDCG| held constant (the weights come from the current ranking but are not differentiated).
 */
export function lambdarankAt(scores: readonly number[], relevance: readonly number[], sigma: number) {
  const w = ndcgSwapWeights(scores, relevance);
  const terms: number[] = [];
  const grad = scores.map(() => 0);
  for (let i = 0; i < scores.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      if (!(relevance[i]! > relevance[j]!)) continue;
      const z = sigma * (scores[i]! - scores[j]!);
      terms.push(w[i]![j]! * softplus(-z));
      const lambda = w[i]![j]! * sigma * sigmoid(-z);
      grad[i]! -= lambda;
      grad[j]! += lambda;
    }
  }
  return { loss: sum(terms), grad };
}

export const lambdarank: LossSpec = {
  id: 'lambdarank',
  title: 'LambdaRank (NDCG-weighted pairwise)',
  family: 'ranking',
  purpose: 'Ranking for NDCG: pairwise logistic loss weighted by what each swap costs',
  description:
    'A pairwise logistic loss over every pair of items with different grades, each pair weighted by how much NDCG ' +
    'would change if the two swapped places in the current ranking. Pairs near the top of the list, and pairs of very ' +
    'different grades, pull hardest, which steers training towards the metric that is actually reported.',
  useWhen:
    'Your ranking is judged by NDCG (search, recommendation) and you want the gradient to spend its effort where ' +
    'the metric is decided: at the top of the list.',
  watchOut:
    'The weights are recomputed from the ranking and treated as constants, so this is a gradient heuristic rather than ' +
    'the derivative of a fixed loss: the value stays above 0 even for a perfect ranking, jumps when two scores cross, and is no measure of quality.',
  source: {
    label: 'Burges 2010, From RankNet to LambdaRank to LambdaMART: An Overview',
    url: 'https://www.microsoft.com/en-us/research/publication/from-ranknet-to-lambdarank-to-lambdamart-an-overview/',
  },
  reduction: 'sum over pairs within a list, mean over lists',
  inputs: LIST_INPUTS,
  params: [
    { name: 'sigma', symbol: '\\sigma', default: 1, range: [0.1, 5], step: 0.1, meaning: 'steepness of the logistic: larger makes each pair’s loss closer to a hinge' },
  ],
  value: (inputs, params) => {
    const { scores, relevance } = scoreLists(inputs);
    const s = sigmaOf(params);
    return sum(scores.map((row, i) => lambdarankAt(row, relevance[i]!, s).loss)) / scores.length;
  },
  grad: (inputs, params) => {
    const { scores, relevance } = scoreLists(inputs);
    const s = sigmaOf(params);
    const n = scores.length;
    return { scores: scores.map((row, i) => lambdarankAt(row, relevance[i]!, s).grad.map((g) => g / n)) };
  },
  profiles: [
    {
      axis: 'difference',
      label: 'score difference s⁺ − s⁻',
      xTex: 's^+ - s^-',
      xText: 's⁺ − s⁻',
      domain: [-4, 4],
      held: `${TWO_ITEM_HELD}; |ΔNDCG| = 1 − 1/log₂3 whichever is ahead`,
      value: (x, p) => TWO_ITEM_DELTA * softplus(-sigmaOf(p) * x),
      derivative: (x, p) => -TWO_ITEM_DELTA * sigmaOf(p) * sigmoid(-sigmaOf(p) * x),
      batch: twoItemBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(s)',
      pieces: [{ tex: '\\sum_{r_i > r_j} |\\Delta\\mathrm{NDCG}_{ij}|\\,\\log\\bigl(1 + e^{-{{sigma}}(s_i - s_j)}\\bigr)', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s_i}',
      pieces: [{
        tex:
          '\\begin{aligned}&-\\sum_{j:\\,r_i > r_j} \\frac{{{sigma}}\\,|\\Delta\\mathrm{NDCG}_{ij}|}{1 + e^{{{sigma}}(s_i - s_j)}} \\\\ ' +
          '&+ \\sum_{j:\\,r_j > r_i} \\frac{{{sigma}}\\,|\\Delta\\mathrm{NDCG}_{ji}|}{1 + e^{{{sigma}}(s_j - s_i)}}\\end{aligned}',
        when: '',
      }],
    },
  },
  calls: {
    keras: {
      code: 'tfr.keras.losses.PairwiseLogisticLoss(lambda_weight=tfr.keras.losses.NDCGLambdaWeight())',
      note: 'TensorFlow Ranking (built on tf.keras), not core Keras. Its lambda weights and normalisation differ in detail from the definition here.',
    },
  },
  sample: sampleLists,
};
