import { MAX_POINTS } from '../../src/math/surface';
import type { ParamSpec } from '../../src/math/types';

/**
 * The surface view's own settings, described like loss parameters: the link field (bounds, default,
 * rounding) and the slider (step, scale, meaning) both read these. Names are PyTorch's where it has one
 * (`lr`, `momentum`, `max_norm`, scikit-learn's `l1_ratio`); λ is `lambda`, as in the explorer's penalties.
 */
export const LAMBDA: ParamSpec = {
  name: 'lambda', symbol: '\\lambda', default: 0.1, range: [1e-4, 10], step: 0.0001, scale: 'log',
  meaning: 'regularization strength: how much R(w) weighs against the data loss',
};
export const L1_RATIO: ParamSpec = {
  name: 'l1_ratio', symbol: '\\rho', default: 0.5, range: [0, 1], step: 0.01,
  meaning: 'share of the L1 term in the elastic net (1 = lasso, 0 = ridge)',
};
export const LR: ParamSpec = {
  name: 'lr', symbol: '\\eta', default: 0.1, range: [1e-3, 2], step: 0.001, scale: 'log',
  meaning: 'learning rate: each step moves the weights by −η times the gradient',
};
export const STEPS: ParamSpec = {
  name: 'steps', symbol: 'T', default: 60, range: [1, 500], step: 1, integer: true,
  meaning: 'number of updates to run',
};
export const MOMENTUM: ParamSpec = {
  name: 'momentum', symbol: '\\beta', default: 0.9, range: [0, 0.99], step: 0.01,
  meaning: 'heavy-ball momentum: the share of the last step carried into the next',
};
export const MAX_NORM: ParamSpec = {
  name: 'max_norm', symbol: 'c', default: 2, range: [0.1, 10], step: 0.05,
  meaning: 'projected GD keeps the weights inside ‖w‖₂ ≤ c after every step (bias excluded)',
};

/** The random seed of the dataset generator, and the number of points it makes (default: the preset's). */
export const SEED: ParamSpec = {
  name: 'seed', symbol: 's', default: 1, range: [1, 2 ** 31 - 1], step: 1, integer: true,
  meaning: 'seed of the dataset generator: the same seed makes the same points',
};
export const N_POINTS: ParamSpec = {
  name: 'n', symbol: 'N', default: 60, range: [1, MAX_POINTS], step: 1, integer: true,
  meaning: 'number of points the dataset generator makes',
};
