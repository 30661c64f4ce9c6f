/** Categorical colours readable on light and dark backgrounds (Okabe–Ito, colour-blind safe). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#9467bd', '#8c564b'] as const;

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}
