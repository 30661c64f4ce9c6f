import type { LossSpec } from '../types';
import { mse } from './mse';
import { mae } from './mae';
import { msle } from './msle';
import { huber } from './huber';
import { smoothL1 } from './smooth_l1';
import { logCosh } from './log_cosh';
import { quantile } from './quantile';
import { bce } from './bce';
import { bceLogits } from './bce_logits';
import { hinge } from './hinge';
import { squaredHinge } from './squared_hinge';
import { zeroOne } from './zero_one';
import { focal } from './focal';
import { marginRanking } from './margin_ranking';
import { dice } from './dice';
import { softmaxCe } from './softmax_ce';
import { softmaxCeSoft } from './softmax_ce_soft';
import { multiclassHinge } from './multiclass_hinge';
import { klDiv } from './kl_div';
import { poly1 } from './poly1';
import { contrastive } from './contrastive';
import { triplet } from './triplet';
import { infonce } from './infonce';
import { arcface } from './arcface';
import { ge2e } from './ge2e';
import { l1 } from './l1';
import { l2 } from './l2';
import { elasticNet } from './elastic_net';

/**
 * The losses of the notes: in the first load of every page (the explorer opens on them, the surface view and
 * the lessons build on them). The rest of the catalog (catalog.ts) is a chunk of its own.
 */
export const CORE_LOSSES: readonly LossSpec[] = [
  mse,
  mae,
  msle,
  huber,
  smoothL1,
  logCosh,
  quantile,
  bce,
  bceLogits,
  hinge,
  squaredHinge,
  zeroOne,
  focal,
  marginRanking,
  dice,
  softmaxCe,
  softmaxCeSoft,
  multiclassHinge,
  klDiv,
  poly1,
  contrastive,
  triplet,
  infonce,
  arcface,
  ge2e,
  l1,
  l2,
  elasticNet,
];
