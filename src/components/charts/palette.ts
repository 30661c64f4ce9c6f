/** Categorical colours readable on light and dark backgrounds (Okabe–Ito, colour-blind safe). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#9467bd', '#8c564b'] as const;

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

/**
 * Each series colour as a projector shows it: darker variants that keep at least 4.5:1 against white,
 * so that a washed-out projector still separates curve from background (Okabe–Ito's sky blue becomes its
 * black, as a darker sky blue would meet the blue).
 */
const PROJECTOR_INK: Readonly<Record<string, string>> = {
  '#0072B2': '#0072B2',
  '#D55E00': '#B84F00',
  '#009E73': '#007A5A',
  '#CC79A7': '#A8457F',
  '#E69F00': '#8F6200',
  '#56B4E9': '#1A1A1A',
  '#9467bd': '#7B4FA8',
  '#8c564b': '#8c564b',
};

/** The projector variant of a series colour (colours not in the palette are kept). */
export function projectorInk(color: string): string {
  return PROJECTOR_INK[color] ?? color;
}
