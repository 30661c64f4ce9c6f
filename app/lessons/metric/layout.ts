/** The figure's square side in CSS px for the width it gets: beside its table when wide, full width when narrow. */
export function figureSide(width: number): number {
  const w = Math.max(240, width);
  return Math.round(w >= 760 ? Math.min(460, w - 320) : Math.min(w, 440));
}

/** A number as the tables show it: four decimals (the e2e spec reads them to that precision). */
export function show(v: number): string {
  const t = v.toFixed(4);
  return t === '-0.0000' ? '0.0000' : t;
}

/** Width left for the table and controls: beside the figure when wide, below it (full width) when narrow. */
export function panelWidth(width: number): number {
  return width >= 760 ? width - figureSide(width) - 24 : width;
}
