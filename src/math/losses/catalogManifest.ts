/**
 * The catalog's loss ids and their parameter and option names, without their code: what the first load must
 * know of the losses in the catalog chunk (catalog.ts) to tell whether a link needs that chunk, and for the
 * element to observe their attributes. catalogManifest.test.ts holds it to catalog.ts.
 */
export const CATALOG_MANIFEST: Readonly<Record<string, readonly string[]>> = {
  nll: [],
  weighted_ce: ['label_smoothing'],
  multilabel_soft_margin: [],
  multilabel_margin: [],
  poisson_nll: ['log_input', 'full'],
  gaussian_nll: ['full'],
  soft_margin: [],
  hinge_embedding: ['margin'],
  cosine_embedding: ['margin'],
  triplet_cosine: ['margin', 'swap'],
  supcon: ['temperature'],
  center: [],
  iou: ['smooth'],
  tversky: ['alpha', 'beta', 'smooth'],
  focal_tversky: ['alpha', 'beta', 'smooth', 'gamma'],
  combo: ['alpha', 'smooth'],
  barron: ['alpha', 'scale'],
  tukey: ['c'],
  welsch: ['c'],
  bpr: [],
  rankboost: [],
  listnet: [],
  lambdarank: ['sigma'],
  gan_d: [],
  gan_g_minimax: [],
  gan_g_nonsat: [],
  wgan_critic: [],
  wgan_g: [],
  hinge_gan_d: [],
  hinge_gan_g: [],
  vae_kl: [],
  dpo: ['beta'],
  cosface: ['s', 'm'],
  sphereface: ['m'],
  box_iou: [],
  giou: [],
  diou: [],
  ciou: [],
  ctc: ['blank'],
};

export const CATALOG_IDS: readonly string[] = Object.keys(CATALOG_MANIFEST);
