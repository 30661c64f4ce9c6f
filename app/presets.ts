import type { Preset } from '../src/components/catalog/types';
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
  // presets: segmentation and robust (helper segrobust)
  // presets: ranking, generative, metric (helper rankgen)
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
    for (const q of spec.params) row[q.name] = p.params?.[q.name] ?? q.default;
    for (const o of spec.options ?? []) row[o.name] = o.default;
    out[id] = row;
  }
  return out;
}

/** Whether a view still shows what the preset claims: its losses (in any order), its axis and its values. */
export function presetMatches(
  p: Preset,
  ids: readonly string[],
  axis: Axis,
  values: Readonly<Record<string, Readonly<Record<string, number | string>>>>,
): boolean {
  if (axis !== p.axis || ids.length !== p.ids.length || !p.ids.every((id) => ids.includes(id))) return false;
  const want = presetValues(p);
  return p.ids.every((id) => Object.entries(want[id] ?? {}).every(([k, v]) => values[id]?.[k] === v));
}
