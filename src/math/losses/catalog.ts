import type { LossSpec } from '../types';
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
import { iou } from './iou';
import { tversky } from './tversky';
import { focalTversky } from './focal_tversky';
import { combo } from './combo';
import { barron } from './barron';
import { tukey } from './tukey';
import { welsch } from './welsch';
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
import { boxIou } from './box_iou';
import { giou } from './giou';
import { diou } from './diou';
import { ciou } from './ciou';
import { ctc } from './ctc';

/**
 * Every loss beyond the notes' (torch.nn's remaining modules, segmentation, boxes, ranking, generative, robust,
 * sequences): loaded as one chunk after the first paint, or before it when a link names one of them
 * (index.ts: loadCatalog, which registers them). Adding one: a file, a line here, and its
 * entry in catalogManifest.ts (catalogManifest.test.ts says what to write).
 */
export const CATALOG_LOSSES: readonly LossSpec[] = [
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
  iou,
  tversky,
  focalTversky,
  combo,
  barron,
  tukey,
  welsch,
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
  boxIou,
  giou,
  diou,
  ciou,
  ctc,
];
