import { seriesColor } from '../../../src/components/charts/palette';
import type { EstimateKind } from '../../../src/math/lessons/estimate';

/** How each loss of the lesson is named and drawn. */
export const KIND_INFO: Readonly<Record<EstimateKind, { readonly name: string; readonly estimates: string; readonly color: string }>> = {
  mse: { name: 'MSE', estimates: 'sample mean', color: seriesColor(0) },
  mae: { name: 'MAE', estimates: 'sample median', color: seriesColor(1) },
  quantile: { name: 'Quantile', estimates: 'τ-quantile', color: seriesColor(2) },
  huber: { name: 'Huber', estimates: 'robust mean', color: seriesColor(3) },
};

/** The prediction axis, and the box every sample point is held to (in the link too). */
export const DOMAIN: readonly [number, number] = [-2, 12];
export const MAX_POINTS = 12;
/** Where "Add an outlier" puts its point. */
export const OUTLIER_AT = 11.5;

/** Numbers for people: three decimals, no trailing zeros. */
export const short = (v: number) => String(Number(v.toFixed(3)));
