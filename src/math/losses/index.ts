import type { Family, LossSpec } from '../types';
// regression imports
import { huber } from './huber';
import { mse } from './mse';
import { mae } from './mae';
import { msle } from './msle';
import { smoothL1 } from './smooth_l1';
import { logCosh } from './log_cosh';
import { quantile } from './quantile';
// binary imports
import { bce } from './bce';
import { bceLogits } from './bce_logits';
import { hinge } from './hinge';
import { squaredHinge } from './squared_hinge';
import { zeroOne } from './zero_one';
import { focal } from './focal';
import { marginRanking } from './margin_ranking';
import { dice } from './dice';
// multiclass imports
import { softmaxCe } from './softmax_ce';
import { softmaxCeSoft } from './softmax_ce_soft';
import { multiclassHinge } from './multiclass_hinge';
import { klDiv } from './kl_div';
import { poly1 } from './poly1';
// metric imports
import { contrastive } from './contrastive';
import { triplet } from './triplet';
import { infonce } from './infonce';
import { arcface } from './arcface';
import { ge2e } from './ge2e';
// regularization imports
import { l1 } from './l1';
import { l2 } from './l2';
import { elasticNet } from './elastic_net';
// catalog imports: torch.nn, supcon, center (helper torchnn)
import { nll } from './nll';
import { weightedCe } from './weighted_ce';
import { multilabelSoftMargin } from './multilabel_soft_margin';
import { multilabelMargin } from './multilabel_margin';
import { poissonNll } from './poisson_nll';
import { gaussianNll } from './gaussian_nll';
import { softMargin } from './soft_margin';
import { hingeEmbedding } from './hinge_embedding';
import { cosineEmbedding } from './cosine_embedding';
import { tripletCosine } from './triplet_cosine';
import { supcon } from './supcon';
import { center } from './center';
// catalog imports: segmentation and robust (helper segrobust)
import { iou } from './iou';
import { tversky } from './tversky';
import { focalTversky } from './focal_tversky';
import { combo } from './combo';
import { barron } from './barron';
import { tukey } from './tukey';
import { welsch } from './welsch';
// catalog imports: ranking, generative, cosface, sphereface (helper rankgen)
import { bpr } from './bpr';
import { rankboost } from './rankboost';
import { listnet } from './listnet';
import { lambdarank } from './lambdarank';
import { ganD } from './gan_d';
import { ganGMinimax } from './gan_g_minimax';
import { ganGNonsat } from './gan_g_nonsat';
import { wganCritic } from './wgan_critic';
import { wganG } from './wgan_g';
import { hingeGanD } from './hinge_gan_d';
import { hingeGanG } from './hinge_gan_g';
import { vaeKl } from './vae_kl';
import { dpo } from './dpo';
import { cosface } from './cosface';
import { sphereface } from './sphereface';
// catalog imports: boxes (helper boxes)
import { boxIou } from './box_iou';
import { giou } from './giou';
import { diou } from './diou';
import { ciou } from './ciou';
// catalog imports: ctc (helper ctc)
import { ctc } from './ctc';

/** Every loss the app knows, in catalog order. Adding a loss: one file, one line here. */
export const LOSSES: readonly LossSpec[] = [
  // regression
  mse,
  mae,
  msle,
  huber,
  smoothL1,
  logCosh,
  quantile,
  // binary
  bce,
  bceLogits,
  hinge,
  squaredHinge,
  zeroOne,
  focal,
  marginRanking,
  dice,
  // multiclass
  softmaxCe,
  softmaxCeSoft,
  multiclassHinge,
  klDiv,
  poly1,
  // metric
  contrastive,
  triplet,
  infonce,
  arcface,
  ge2e,
  // regularization
  l1,
  l2,
  elasticNet,
  // catalog: torch.nn, supcon, center (helper torchnn)
  nll,
  weightedCe,
  multilabelSoftMargin,
  multilabelMargin,
  poissonNll,
  gaussianNll,
  softMargin,
  hingeEmbedding,
  cosineEmbedding,
  tripletCosine,
  supcon,
  center,
  // catalog: segmentation and robust (helper segrobust)
  iou,
  tversky,
  focalTversky,
  combo,
  barron,
  tukey,
  welsch,
  // catalog: ranking, generative, cosface, sphereface (helper rankgen)
  bpr,
  rankboost,
  listnet,
  lambdarank,
  ganD,
  ganGMinimax,
  ganGNonsat,
  wganCritic,
  wganG,
  hingeGanD,
  hingeGanG,
  vaeKl,
  dpo,
  cosface,
  sphereface,
  // catalog: boxes (helper boxes)
  boxIou,
  giou,
  diou,
  ciou,
  // catalog: ctc (helper ctc)
  ctc,
];

const byId = new Map(LOSSES.map((l) => [l.id, l]));

export function getLoss(id: string): LossSpec | undefined {
  return byId.get(id);
}

export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  regression: 'Regression',
  robust: 'Robust regression',
  binary: 'Binary classification',
  multiclass: 'Multiclass and multilabel classification',
  segmentation: 'Segmentation',
  boxes: 'Bounding boxes',
  metric: 'Metric learning',
  ranking: 'Ranking and recommendation',
  sequence: 'Sequences',
  generative: 'Generative models and preferences',
  regularization: 'Regularization',
};
