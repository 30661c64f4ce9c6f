/**
 * Which lessons show which losses, for the explorer's "See it in" links. Kept apart from LESSONS so that the
 * explorer does not load the lessons' chunk to name them; lossFigures.test.ts holds it to LESSONS and the registry.
 */
export interface LossFigure {
  /** The lesson's id and title, as in its spec. */
  readonly lesson: string;
  readonly title: string;
  readonly losses: readonly string[];
}

export const LOSS_FIGURES: readonly LossFigure[] = [
  { lesson: 'estimate', title: 'What does a loss estimate?', losses: ['mse', 'mae', 'quantile', 'huber'] },
  { lesson: 'saturation', title: 'Saturation', losses: ['bce_logits', 'mse'] },
  { lesson: 'svm-softmax', title: 'Multiclass SVM and softmax on the same scores', losses: ['multiclass_hinge', 'softmax_ce'] },
  { lesson: 'kl', title: 'KL divergence = cross-entropy − entropy', losses: ['kl_div', 'softmax_ce_soft'] },
  { lesson: 'polynomials', title: 'Focal loss and PolyLoss as polynomials', losses: ['focal', 'poly1', 'softmax_ce'] },
  { lesson: 'metric', title: 'Metric learning in a plane', losses: ['triplet', 'contrastive', 'infonce', 'arcface'] },
  { lesson: 'regularization', title: 'Regularization', losses: ['l1', 'l2', 'elastic_net'] },
  { lesson: 'boxes', title: 'Box losses: IoU, GIoU, DIoU and CIoU', losses: ['box_iou', 'giou', 'diou', 'ciou'] },
  { lesson: 'ctc', title: 'CTC: aligning a short target to many frames', losses: ['ctc'] },
];

/** The lessons that show `lossId`, as links. */
export function figuresShowing(lossId: string): { label: string; href: string }[] {
  return LOSS_FIGURES.filter((f) => f.losses.includes(lossId)).map((f) => ({
    label: `the lesson “${f.title}”`,
    href: `?view=lesson&id=${f.lesson}`,
  }));
}
