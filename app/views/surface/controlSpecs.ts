import { MODEL_KINDS, SURFACE_MODELS, type ModelKind } from '../../../src/math/surface';

/** The surface view's knobs are declared with its link fields, so that a slider and its link key share bounds. */
export { L1_RATIO, LAMBDA, LR, MAX_NORM, MOMENTUM, STEPS } from '../../state/surfaceParams';

/** Axis titles of the two grid coordinates, per model (each model's spec names them). */
export const AXIS_TITLES = Object.fromEntries(MODEL_KINDS.map((k) => [k, SURFACE_MODELS[k].axisTitles])) as Readonly<
  Record<ModelKind, readonly [u: string, v: string]>
>;
