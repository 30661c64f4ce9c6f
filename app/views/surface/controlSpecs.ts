/** The surface view's knobs are declared with its link fields, so that a slider and its link key share bounds. */
export { L1_RATIO, LAMBDA, LR, MAX_NORM, MOMENTUM, STEPS } from '../../state/surfaceParams';

/** Axis titles of the two grid coordinates, per model. */
export const AXIS_TITLES = {
  regression: ['slope w', 'bias b'],
  binary: ['weight w₁', 'weight w₂'],
  softmax3: ['α along direction 1', 'β along direction 2'],
} as const;
