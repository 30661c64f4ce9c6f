import { sigmoid, softmax, softplus, sum } from '../numerics';
import { logSoftmaxTight } from '../numerics-multiclass';
import type { LossSpec } from '../types';
import { LIST_INPUTS, sampleLists, scoreLists, TWO_ITEM_HELD, twoItemBatch } from './scoreLists';

/** The top-one probability of the first item in the profile's list: softmax([1, 0])₀ = σ(1). */
const Q_TOP = sigmoid(1);

/**
 * Top-one ListNet of one list: −Σ_k q_k log p_k with q = softmax(relevance) and p = softmax(scores),
 * the cross-entropy between the two top-one distributions; its gradient is p − q.
 */
export function listnetAt(scores: readonly number[], relevance: readonly number[]): { loss: number; grad: number[] } {
  const q = softmax(relevance);
  const logP = logSoftmaxTight(scores);
  return { loss: -sum(q.map((qk, k) => qk * logP[k]!)), grad: logP.map((l, k) => Math.exp(l) - q[k]!) };
}

export const listnet: LossSpec = {
  id: 'listnet',
  title: 'ListNet (top-one)',
  family: 'ranking',
  purpose: 'Listwise ranking: match the score softmax to the relevance softmax',
  description:
    'Reads each list twice as a distribution over which item comes first: once from the relevance grades and once ' +
    'from the scores, both through a softmax. The loss is the cross-entropy between the two, so the whole list is ' +
    'judged at once and every item is pulled by how far its share is from the share its grade earns.',
  useWhen:
    'You have graded relevance for whole lists (search results, recommendations) and want a smooth listwise loss ' +
    'that costs no more than a softmax per list.',
  watchOut:
    'It only matches top-one probabilities, so it does not weight errors by list position the way NDCG does, and the ' +
    'scale of the grades sets how peaked the target is: grades 0–3 give a soft target, grades up to 10 a near one-hot one.',
  source: {
    label: 'Cao et al. 2007, Learning to Rank: From Pairwise Approach to Listwise Approach',
    url: 'https://doi.org/10.1145/1273496.1273513',
  },
  reduction: 'mean over lists',
  inputs: LIST_INPUTS,
  params: [],
  value: (inputs) => {
    const { scores, relevance } = scoreLists(inputs);
    return sum(scores.map((s, i) => listnetAt(s, relevance[i]!).loss)) / scores.length;
  },
  grad: (inputs) => {
    const { scores, relevance } = scoreLists(inputs);
    const n = scores.length;
    return { scores: scores.map((s, i) => listnetAt(s, relevance[i]!).grad.map((g) => g / n)) };
  },
  profiles: [
    {
      axis: 'difference',
      label: 'score difference s⁺ − s⁻',
      xTex: 's^+ - s^-',
      xText: 's⁺ − s⁻',
      domain: [-4, 4],
      held: TWO_ITEM_HELD,
      // −q log σ(x) − (1 − q) log σ(−x) with q = σ(1).
      value: (x) => Q_TOP * softplus(-x) + (1 - Q_TOP) * softplus(x),
      derivative: (x) => sigmoid(x) - Q_TOP,
      batch: twoItemBatch,
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(s)',
      pieces: [{ tex: '-\\sum_{k} \\frac{e^{r_k}}{\\sum_j e^{r_j}} \\log \\frac{e^{s_k}}{\\sum_j e^{s_j}}', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial s_k}',
      pieces: [{ tex: '\\operatorname{softmax}(s)_k - \\operatorname{softmax}(r)_k', when: '' }],
    },
  },
  calls: {
    pytorch: { code: 'F.cross_entropy(scores, F.softmax(relevance.float(), dim=1))', note: 'Class probabilities as the target (PyTorch 1.10 and later).' },
    keras: { code: 'keras.losses.CategoricalCrossentropy(from_logits=True)(keras.ops.softmax(relevance), scores)' },
    tfjs: { code: 'tf.losses.softmaxCrossEntropy(tf.softmax(relevance), scores)' },
  },
  sample: sampleLists,
};
