/** Building a Dataset; the generators live with their models (models/<kind>/data.ts) and presets name them. */
import type { Dataset, ModelKind } from './types';

/** The most points a dataset may hold after user edits (adding stops there). */
export const MAX_POINTS = 500;

/** A Dataset from rows: x has n·d numbers (row-major), y has n. Copies its inputs. */
export function datasetOf(kind: ModelKind, d: number, x: ArrayLike<number>, y: ArrayLike<number>): Dataset {
  return { kind, n: y.length, d, x: Float64Array.from(x), y: Float64Array.from(y) };
}
