/** From this figure width on, the table and controls sit beside the picture in about PANEL px; below it when narrower. */
const BESIDE = 560;
const PANEL = 260;

/** The picture's square side in CSS px for the width the figure gets. */
export function figureSide(width: number): number {
  const w = Math.max(240, width);
  return Math.round(w >= BESIDE ? Math.min(460, Math.max(260, w - PANEL)) : Math.min(w, 440));
}

/** Width left for the table and controls. */
export function panelWidth(width: number): number {
  return width >= BESIDE ? width - figureSide(width) - 24 : width;
}

/** A number as the tables show it: four decimals (the e2e spec reads them to that precision). */
export function show(v: number): string {
  const t = v.toFixed(4);
  return t === '-0.0000' ? '0.0000' : t;
}

/** A number in a sentence: three significant digits. */
export function say(v: number): string {
  return String(Number(v.toPrecision(3)));
}
