import { MODEL_KINDS, SURFACE_MODELS, type ModelKind } from '../../../src/math/surface';
import type { ParamSpec } from '../../../src/math/types';
import { LAMBDA_RANGE, LR_RANGE, MAXNORM_RANGE, STEPS_RANGE } from '../../state/surfaceState';

/** The surface view's own knobs, described like loss parameters so ParamSlider can drive them. */
export const LAMBDA: ParamSpec = {
  name: 'lambda', symbol: '\\lambda', default: 0.1, range: LAMBDA_RANGE, step: 0.0001, scale: 'log',
  meaning: 'regularization strength: how much R(w) weighs against the data loss',
};
export const L1_RATIO: ParamSpec = {
  name: 'l1_ratio', symbol: '\\rho', default: 0.5, range: [0, 1], step: 0.01,
  meaning: 'share of the L1 term in the elastic net (1 = lasso, 0 = ridge)',
};
export const LR: ParamSpec = {
  name: 'lr', symbol: '\\eta', default: 0.1, range: LR_RANGE, step: 0.001, scale: 'log',
  meaning: 'learning rate: each step moves the weights by −η times the gradient',
};
export const STEPS: ParamSpec = {
  name: 'steps', symbol: 'T', default: 60, range: STEPS_RANGE, step: 1, integer: true,
  meaning: 'number of updates to run',
};
export const MOMENTUM: ParamSpec = {
  name: 'momentum', symbol: '\\beta', default: 0.9, range: [0, 0.99], step: 0.01,
  meaning: 'heavy-ball momentum: the share of the last step carried into the next',
};
export const MAX_NORM: ParamSpec = {
  name: 'max_norm', symbol: 'c', default: 2, range: MAXNORM_RANGE, step: 0.05,
  meaning: 'projected GD keeps the weights inside ‖w‖₂ ≤ c after every step (bias excluded)',
};

/** Axis titles of the two grid coordinates, per model (each model's spec names them). */
export const AXIS_TITLES = Object.fromEntries(MODEL_KINDS.map((k) => [k, SURFACE_MODELS[k].axisTitles])) as Readonly<
  Record<ModelKind, readonly [u: string, v: string]>
>;
