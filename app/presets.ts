import type { Preset, PresetStop } from '../src/components/catalog/types';
import { getLoss } from '../src/math/losses';
import type { Axis } from '../src/math/types';

/** The comparisons the notes make, one click each. app/presets.test.ts checks every id, axis and parameter. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'huber-mse-mae',
    title: 'Huber vs MSE vs MAE',
    blurb:
      'MSE pulls harder the further off a point is, MAE pulls every point equally, and Huber does the first inside ±δ ' +
      'and the second outside. The weight panel shows why Huber shrugs off outliers: past δ their weight falls as δ/|r|.',
    ids: ['mse', 'mae', 'huber'],
    axis: 'residual',
    params: { delta: 1 },
    xDomain: [-4, 4],
    panels: { derivative: true, weight: true },
  },
  {
    id: 'smooth-l1-huber',
    title: 'Smooth L1 vs Huber',
    blurb:
      'Smooth L1 with β is Huber with δ = β, divided by β: at β = δ = 1, as here, the two curves are one. Move the ' +
      "sliders and smooth L1's tails keep slope 1 while Huber's take slope δ.",
    ids: ['huber', 'smooth_l1'],
    axis: 'residual',
    params: { delta: 1, beta: 1 },
    xDomain: [-4, 4],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'regression-shapes',
    title: 'MSE vs MSLE vs log-cosh vs quantile',
    blurb:
      'Four answers to "how bad is this residual": symmetric and quadratic, lopsided because it compares ratios, ' +
      'Huber-like but smooth, and tilted so that under-predicting costs τ per unit and over-predicting 1 − τ.',
    ids: ['mse', 'msle', 'log_cosh', 'quantile'],
    axis: 'residual',
    params: { tau: 0.9 },
    xDomain: [-3, 4],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'hinge-squared-hinge',
    title: 'Hinge vs squared hinge',
    blurb:
      'Both ignore samples past the margin. The hinge pushes every violator with the same force and has a corner at the ' +
      'margin; the squared hinge pushes in proportion to the shortfall and arrives at zero smoothly.',
    ids: ['hinge', 'squared_hinge'],
    axis: 'margin',
    params: { margin: 1 },
    xDomain: [-3, 3],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'surrogates',
    title: 'Surrogates vs the 0-1 loss',
    blurb:
      'The 0-1 loss counts mistakes but is flat on both sides of its step, so gradient descent has nothing to follow. ' +
      'Hinge, squared hinge and the logistic loss are convex stand-ins that keep sloping while the margin is small or negative.',
    ids: ['zero_one', 'hinge', 'squared_hinge', 'bce_logits'],
    axis: 'margin',
    params: { margin: 1 },
    xDomain: [-3, 3],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'bce-focal',
    title: 'BCE vs focal',
    blurb:
      'Focal loss scales BCE by (1 − p_t)^γ, so examples the model already gets right stop costing. ' +
      'Class weighting is off here (α = −1): slide γ to 0 and focal lies exactly on BCE.',
    ids: ['bce_logits', 'focal'],
    axis: 'logit',
    params: { gamma: 2, alpha: -1 },
    xDomain: [-6, 6],
    panels: { derivative: true, weight: true },
  },
  {
    id: 'ce-poly1',
    title: 'Cross-entropy vs PolyLoss',
    blurb:
      'Poly-1 adds ε(1 − p_t) to cross-entropy: a positive ε keeps pushing samples that are already right, a ' +
      'negative one eases off, and ε = 0 is cross-entropy itself.',
    ids: ['softmax_ce', 'poly1'],
    axis: 'logit',
    params: { epsilon: 1, label_smoothing: 0 },
    xDomain: [-6, 6],
    panels: { derivative: true, weight: true },
  },
  {
    id: 'contrastive-triplet',
    title: 'Contrastive vs triplet',
    blurb:
      'Contrastive loss judges each pair by its own distance and pushes dissimilar pairs out to the margin. Triplet ' +
      'loss is relative: it only asks that the positive be closer than the negative by the margin.',
    ids: ['contrastive', 'triplet'],
    axis: 'distance',
    params: { margin: 1 },
    xDomain: [0, 4],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'l1-l2-elastic-net',
    title: 'L1 vs L2 vs elastic net',
    blurb:
      'L1 pulls every weight towards zero with the same force, so small weights end at exactly zero; L2 pulls in ' +
      'proportion, so they only shrink. Elastic net mixes the two by l1_ratio.',
    ids: ['l1', 'l2', 'elastic_net'],
    axis: 'weight',
    params: { lambda: 1, l1_ratio: 0.5 },
    xDomain: [-3, 3],
    panels: { derivative: true, weight: false },
  },
  // presets: torch.nn (helper torchnn)
  {
    id: 'soft-margin-hinge-logistic',
    title: 'Soft margin vs hinge vs logistic',
    blurb:
      'Soft margin is the logistic loss written for labels ±1, so over the margin its curve lies exactly on BCE with ' +
      'logits. The hinge shares its slope of −1 far on the wrong side but reaches zero at the margin, where the ' +
      'logistic tail only keeps shrinking.',
    ids: ['soft_margin', 'bce_logits', 'hinge'],
    axis: 'margin',
    params: { margin: 1 },
    xDomain: [-3, 3],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'supcon-infonce-cosine',
    title: 'SupCon vs InfoNCE vs cosine embedding',
    blurb:
      'With one positive per anchor and the other samples as negatives, SupCon is InfoNCE and the two curves coincide. ' +
      'The cosine embedding loss pulls a similar pair equally hard at every similarity, while the softmax losses ' +
      'stop pulling once the positive stands clear of the negatives, sooner at low temperature.',
    ids: ['supcon', 'infonce', 'cosine_embedding'],
    axis: 'similarity',
    params: { temperature: 0.1 },
    xDomain: [-1, 1],
    panels: { derivative: true, weight: false },
  },
  // presets: segmentation and robust (helper segrobust)
  {
    id: 'dice-iou-tversky',
    title: 'Dice vs IoU vs Tversky',
    blurb:
      'On the same small mask IoU lies above Dice at every partial overlap and pulls hardest near a perfect mask, while ' +
      'Tversky with β = 0.7 > α = 0.3 makes a missed foreground pixel cost more than a wrongly filled background one. ' +
      'Focal Tversky raises Tversky to the power γ = 0.75, which keeps its slope steep on the last stretch towards x = 1.',
    ids: ['dice', 'iou', 'tversky', 'focal_tversky'],
    axis: 'overlap',
    params: { smooth: 1, alpha: 0.3, beta: 0.7, gamma: 0.75 },
    xDomain: [0, 1],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'barron-general',
    title: "Barron's general loss",
    blurb:
      'One family with a shape knob α: the stops walk from L2 (α = 2) through Charbonnier, Cauchy and Geman–McClure to ' +
      'α = −10, which has Welsch’s shape with a ceiling of 1.2 instead of 1 (Welsch is the limit as α → −∞). For α < 1 the ' +
      'pull of a large residual falls back towards zero, and the weight panel shows the outliers being ignored.',
    ids: ['barron', 'welsch'],
    axis: 'residual',
    params: { alpha: 1, scale: 1, c: 1 },
    xDomain: [-6, 6],
    panels: { derivative: true, weight: true },
    stops: [
      { label: 'L2 (α = 2)', params: { alpha: 2 } },
      { label: 'Charbonnier (α = 1)', params: { alpha: 1 } },
      { label: 'Cauchy (α = 0)', params: { alpha: 0 } },
      { label: 'Geman–McClure (α = −2)', params: { alpha: -2 } },
      { label: 'Towards Welsch (α = −10)', params: { alpha: -10 } },
    ],
  },
  {
    id: 'huber-tukey-welsch',
    title: 'Huber vs Tukey vs Welsch',
    blurb:
      "Near zero all three are ½r² with weight 1; beyond ±1 Huber's weight only thins out as 1/|r|, so every outlier " +
      "still pulls, while Tukey's drops to exactly zero and Welsch's fades like a Gaussian. Such redescending losses " +
      'shrug off gross outliers but are not convex, so they need a good starting fit.',
    ids: ['huber', 'tukey', 'welsch'],
    axis: 'residual',
    params: { delta: 1, c: 1 },
    xDomain: [-4, 4],
    panels: { derivative: true, weight: true },
  },
  // presets: ranking, generative, metric (helper rankgen)
  {
    id: 'gan-generators',
    title: 'Minimax vs non-saturating generator',
    blurb:
      'Where the discriminator confidently rejects the fakes (x far below 0) the minimax loss log(1 − σ(x)) is flat and the ' +
      'generator learns nothing, while −log σ(x) keeps a slope near −1; the Wasserstein generator (and the hinge GAN’s, the same line) pulls at a constant rate.',
    ids: ['gan_g_minimax', 'gan_g_nonsat', 'wgan_g'],
    axis: 'logit',
    xDomain: [-6, 6],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'bpr-rankboost-margin-ranking',
    title: 'BPR vs RankBoost vs margin ranking',
    blurb:
      'Three ways to charge a pair by how far the preferred item leads: the logistic loss (BPR) and the exponential one ' +
      '(RankBoost) never reach zero but fade as the lead grows, the exponential one exploding for inverted pairs, while the margin ranking loss stops at the margin.',
    ids: ['bpr', 'rankboost', 'margin_ranking'],
    axis: 'difference',
    params: { margin: 1 },
    xDomain: [-2, 3],
    panels: { derivative: true, weight: false },
  },
  {
    id: 'margin-softmax',
    title: 'ArcFace vs CosFace vs SphereFace',
    blurb:
      'Three ways to put a margin on the true class of a softmax over cosines: ArcFace adds m to the angle θ_y, CosFace ' +
      'subtracts m from cos θ_y, and SphereFace multiplies the angle by an integer m, so CosFace’s penalty is the same at every cosine and the other two are not.',
    ids: ['arcface', 'cosface', 'sphereface'],
    axis: 'similarity',
    params: { s: 30, 'm.arcface': 0.5, 'm.cosface': 0.35, 'm.sphereface': 4 },
    xDomain: [-1, 1],
    panels: { derivative: true, weight: false },
  },
  // presets: boxes (helper boxes)
  {
    id: 'box-iou-giou-diou-ciou',
    title: 'IoU vs GIoU vs DIoU vs CIoU',
    blurb:
      'A box slides sideways past a target of the same size: once the offset passes 2 they no longer overlap, the ' +
      "IoU loss sits at 1 with slope exactly 0, and only GIoU's empty-area term and DIoU's centre distance still pull " +
      'it back. CIoU lies on DIoU here because the two boxes share one shape; the Boxes lesson shows its aspect term.',
    ids: ['box_iou', 'giou', 'diou', 'ciou'],
    axis: 'offset',
    xDomain: [-5, 5],
    panels: { derivative: true, weight: false },
  },
];

/** The preset with this id, if any. */
export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The parameter values a preset sets: each loss's defaults, with the preset's values where the loss has the name. */
export function presetValues(p: Preset): Record<string, Record<string, number | string>> {
  const out: Record<string, Record<string, number | string>> = {};
  for (const id of p.ids) {
    const spec = getLoss(id);
    if (!spec) continue;
    const row: Record<string, number | string> = {};
    for (const q of spec.params) row[q.name] = p.params?.[`${q.name}.${id}`] ?? p.params?.[q.name] ?? q.default;
    for (const o of spec.options ?? []) row[o.name] = o.default;
    out[id] = row;
  }
  return out;
}

/** The parameters a preset's stops move; a view still matches the preset whatever their values. */
function stopParams(p: Preset): Set<string> {
  return new Set((p.stops ?? []).flatMap((s) => Object.keys(s.params)));
}

/** The stop whose values the drawn losses hold now (every loss that has a stop's parameter holds its value). */
export function activeStop(
  p: Preset,
  values: Readonly<Record<string, Readonly<Record<string, number | string>>>>,
): PresetStop | undefined {
  return p.stops?.find((stop) =>
    Object.entries(stop.params).every(([k, v]) => p.ids.every((id) => !(k in (values[id] ?? {})) || values[id]![k] === v)),
  );
}

/**
 * Whether a view still shows what the preset claims: its losses (in any order), its axis and its values
 * (except the parameters its stops move).
 */
export function presetMatches(
  p: Preset,
  ids: readonly string[],
  axis: Axis,
  values: Readonly<Record<string, Readonly<Record<string, number | string>>>>,
): boolean {
  if (axis !== p.axis || ids.length !== p.ids.length || !p.ids.every((id) => ids.includes(id))) return false;
  const want = presetValues(p);
  const free = stopParams(p);
  return p.ids.every((id) => Object.entries(want[id] ?? {}).every(([k, v]) => free.has(k) || values[id]?.[k] === v));
}
