import { ctcLattice, minFrames, negLogLikelihoodGrad } from '../ctcLattice';
import { normals } from '../random';
import { mat, num, vec } from '../tensor';
import type { Inputs, LossSpec, Params } from '../types';

const blankOf = (p: Params) => num(p, 'blank');

function latticeOf(inputs: Inputs, params: Params) {
  const logits = mat(inputs, 'logits');
  const target = vec(inputs, 'target');
  return { lat: ctcLattice(logits, target, blankOf(params)), L: target.length };
}

/** The profile's sequence: 3 classes, target (A, B), 4 frames; frames 1–2 favour A and frames 3–4 favour B. */
const PROFILE_FRAMES = 4;
const labelsBesides = (blank: number) => [0, 1, 2].filter((c) => c !== blank) as [a: number, b: number];
/** The class whose logit is x at frame t. */
const intended = (t: number, blank: number) => labelsBesides(blank)[t < PROFILE_FRAMES / 2 ? 0 : 1];

function profileBatch(x: number, params: Params): Inputs {
  const blank = blankOf(params);
  const logits = Array.from({ length: PROFILE_FRAMES }, (_, t) => {
    const row = [0, 0, 0];
    row[intended(t, blank)] = x;
    return row;
  });
  return { logits, target: labelsBesides(blank) };
}

/** d/dx along the profile: x is the intended class's logit at every frame. */
function alongProfile(grad: readonly (readonly number[])[], params: Params): number {
  const blank = blankOf(params);
  let d = 0;
  for (let t = 0; t < PROFILE_FRAMES; t++) d += grad[t]![intended(t, blank)]!;
  return d;
}

export const ctc: LossSpec = {
  id: 'ctc',
  title: 'CTC',
  family: 'sequence',
  purpose: 'Label sequences without frame alignment: speech, handwriting, OCR',
  description:
    'Scores a whole label sequence against a longer sequence of per-frame class scores without saying which frame ' +
    'carries which label. Every frame-by-frame string that collapses to the target (merge repeats, drop blanks; the set ' +
    '𝓑⁻¹(y) in the formula) ' +
    'counts, and the loss is minus the log of their total probability, divided by the target length.',
  useWhen:
    'The input is a long signal (audio frames, image columns) and the labels are a shorter sequence whose timing ' +
    'nobody annotated, as in speech recognition, handwriting and text-line OCR.',
  watchOut:
    'A target needs at least one frame per label plus one per repeated neighbour; with fewer frames p(target) is 0 and ' +
    'the loss is infinite. PyTorch wants log-probabilities laid out [T][N][C], and the blank index differs between libraries.',
  source: { label: 'Graves et al. 2006, Connectionist Temporal Classification', url: 'https://doi.org/10.1145/1143844.1143891' },
  reduction: 'one sequence; −log p(target) divided by the target length L (PyTorch’s mean)',
  inputs: [
    { name: 'logits', shape: '[T][C]', meaning: 'per-frame class scores z_t (log_softmax is taken inside)', differentiable: true },
    { name: 'target', shape: '[L]', meaning: 'label ids y₁…y_L, none equal to the blank', differentiable: false },
  ],
  params: [
    {
      name: 'blank',
      symbol: 'b',
      default: 0,
      range: [0, 2],
      step: 1,
      integer: true,
      meaning: 'class id of the blank symbol (PyTorch and Keras use 0; some code puts it last)',
    },
  ],
  value(inputs, params) {
    const { lat, L } = latticeOf(inputs, params);
    return -lat.logLikelihood / L;
  },
  grad(inputs, params) {
    const { lat, L } = latticeOf(inputs, params);
    return { logits: negLogLikelihoodGrad(lat).map((row) => row.map((g) => g / L)) };
  },
  profiles: [
    {
      axis: 'logit',
      label: 'logit of the intended label at every frame',
      xTex: 'z',
      xText: 'z',
      domain: [-6, 6],
      held: '3 classes, target A B over 4 frames: frames 1–2 give A the logit z, frames 3–4 give B the logit z, every other logit 0',
      value: (x, p) => {
        const inputs = profileBatch(x, p);
        return -ctcLattice(inputs.logits as number[][], inputs.target as number[], blankOf(p)).logLikelihood / 2;
      },
      derivative: (x, p) => {
        const inputs = profileBatch(x, p);
        const lat = ctcLattice(inputs.logits as number[][], inputs.target as number[], blankOf(p));
        return alongProfile(negLogLikelihoodGrad(lat), p) / 2;
      },
      batch: (x, p) => {
        const inputs = profileBatch(x, p);
        return { inputs, dx: (g) => alongProfile(g.logits as number[][], p) };
      },
    },
  ],
  tex: {
    value: {
      lhs: '\\ell(z)',
      pieces: [
        {
          tex:
            '\\begin{aligned}&-\\frac{1}{L}\\log\\sum_{\\pi\\,\\in\\,\\mathcal{B}^{-1}(y)}\\;\\prod_{t=1}^{T} p_t(\\pi_t), \\\\ ' +
            '&p_t = \\operatorname{softmax}(z_t),\\ \\text{blank} = {{blank}}\\end{aligned}',
          when: '',
        },
      ],
    },
    grad: {
      lhs: '\\frac{\\partial \\ell}{\\partial z_{t,k}}',
      pieces: [
        {
          tex: '\\frac{1}{L}\\Bigl(p_t(k) - \\sum_{s:\\,y\'_s = k} \\gamma_t(s)\\Bigr),\\quad \\gamma_t(s) = \\frac{\\alpha_t(s)\\,\\beta_t(s)}{p(y)}',
          when: '',
        },
      ],
    },
  },
  calls: {
    pytorch: {
      code: "torch.nn.CTCLoss(blank={{blank}}, reduction='mean')(logits.log_softmax(-1), target, input_lengths, target_lengths)",
      note:
        'Takes log-probabilities shaped [T][N][C] (time first), the targets, and each sequence’s input and target length. ' +
        "'mean' divides each sequence’s loss by its target length, then averages over the batch. An impossible target gives inf " +
        'unless zero_infinity=True.',
    },
    keras: {
      code: 'keras.ops.ctc_loss(target, logits, target_length, output_length, mask_index={{blank}}) / target_length',
      note:
        'Takes raw logits shaped [N][T][C] (batch first) and returns one loss per sequence, not divided by the target length; ' +
        'the division here matches PyTorch’s mean. tf.nn.ctc_loss is the TensorFlow op (time-major by default, blank_index).',
    },
  },
  sample: (rng, n) => {
    // Labels come from classes 3–5, so any blank in the parameter's range 0–2 is valid.
    const L = 1 + Math.floor(rng() * 3);
    const target = Array.from({ length: L }, () => 3 + Math.floor(rng() * 3));
    const frames = minFrames(target) + n - 1 + Math.floor(rng() * 3);
    return { logits: Array.from({ length: frames }, () => normals(rng, 6, 2)), target };
  },
};
