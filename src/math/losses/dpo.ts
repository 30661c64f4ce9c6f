import { sigmoid, softplus, sum } from '../numerics';
import { num, sameLength, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

const betaOf = (p: Params) => num(p, 'beta');

/** Log-ratio margins (πc − rc) − (πr − rr), the implicit reward margin divided by β: how much more the policy than the reference prefers the chosen answer. */
function margins(inputs: Inputs): number[] {
  const pc = vec(inputs, 'policy_chosen');
  const pr = vec(inputs, 'policy_rejected');
  const rc = vec(inputs, 'ref_chosen');
  const rr = vec(inputs, 'ref_rejected');
  sameLength(pc, pr, rc, rr);
  return pc.map((c, i) => c - rc[i]! - (pr[i]! - rr[i]!));
}

export const dpo: LossSpec = {
  id: 'dpo',
  title: 'Direct preference optimisation (DPO)',
  family: 'generative',
  purpose: 'Align a language model to preference pairs without a reward model',
  description:
    'For each prompt with a chosen and a rejected answer, DPO compares how much more likely the policy makes the chosen ' +
    'answer than the rejected one with the same comparison under a frozen reference model. β times that difference is ' +
    'the implicit reward margin, and the loss is its logistic loss, so it trains the policy as if it were its own reward model while β keeps it near the reference.',
  useWhen:
    'You fine-tune a language model on pairwise human or AI preferences and want to skip training a reward model and running RL.',
  watchOut:
    'It can lower the likelihood of both answers as long as the rejected one falls faster, and with a small β it drifts ' +
    'far from the reference; watch the chosen answers’ log-probabilities, not only the loss.',
  source: {
    label: 'Rafailov et al. 2023, Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    url: 'https://arxiv.org/abs/2305.18290',
  },
  reduction: 'mean over preference pairs',
  inputs: [
    { name: 'policy_chosen', shape: '[n]', meaning: 'policy log-probability of the chosen answer π_c', differentiable: true },
    { name: 'policy_rejected', shape: '[n]', meaning: 'policy log-probability of the rejected answer π_r', differentiable: true },
    { name: 'ref_chosen', shape: '[n]', meaning: 'reference log-probability of the chosen answer r_c', differentiable: false },
    { name: 'ref_rejected', shape: '[n]', meaning: 'reference log-probability of the rejected answer r_r', differentiable: false },
  ],
  params: [
    { name: 'beta', symbol: '\\beta', default: 0.1, range: [0.01, 1], step: 0.01, scale: 'log', meaning: 'strength of the pull towards the reference model: the inverse temperature of the implicit reward' },
  ],
  value(inputs, params) {
    const b = betaOf(params);
    const m = margins(inputs);
    return sum(m.map((x) => softplus(-b * x))) / m.length;
  },
  grad(inputs, params) {
    const b = betaOf(params);
    const m = margins(inputs);
    const g = m.map((x) => (-b * sigmoid(-b * x)) / m.length);
    return { policy_chosen: g, policy_rejected: g.map((v) => -v) };
  },
  profiles: [
    {
      axis: 'difference',
      label: 'log-ratio margin (π_c − r_c) − (π_r − r_r)',
      xTex: '(\\pi_c - r_c) - (\\pi_r - r_r)',
      xText: '(π_c − r_c) − (π_r − r_r)',
      domain: [-40, 40],
      held: 'the rejected answer and the reference log-probabilities held at 0, so the margin is π_c',
      value: (x, p) => softplus(-betaOf(p) * x),
      derivative: (x, p) => -betaOf(p) * sigmoid(-betaOf(p) * x),
      batch: (x) => ({
        inputs: { policy_chosen: [x], policy_rejected: [0], ref_chosen: [0], ref_rejected: [0] },
        dx: (g) => (g.policy_chosen as number[])[0]!,
      }),
    },
  ],
  tex: {
    value: {
      lhs: '\\ell',
      pieces: [{ tex: '-\\log\\sigma\\Bigl({{beta}}\\bigl[(\\pi_c - r_c) - (\\pi_r - r_r)\\bigr]\\Bigr)', when: '' }],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial \\pi_c} = -\\frac{\\partial \\ell}{\\partial \\pi_r}',
      pieces: [{ tex: '-{{beta}}\\,\\sigma\\Bigl(-{{beta}}\\bigl[(\\pi_c - r_c) - (\\pi_r - r_r)\\bigr]\\Bigr)', when: '' }],
    },
  },
  calls: {
    pytorch: {
      code: 'loss = -F.logsigmoid({{beta}} * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))).mean()',
      note:
        'No core loss class. TRL’s DPOTrainer computes this loss with loss_type="sigmoid" (its default) from the summed ' +
        'token log-probabilities of each answer.',
    },
  },
  sample: (rng, n) => {
    const lp = () => Array.from({ length: n }, () => -(1 + 30 * rng()));
    return { policy_chosen: lp(), policy_rejected: lp(), ref_chosen: lp(), ref_rejected: lp() };
  },
};
