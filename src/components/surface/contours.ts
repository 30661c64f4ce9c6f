import { ticks } from 'd3-array';
import { contours } from 'd3-contour';
import { scaleLog } from 'd3-scale';
import { LIGHT_BELOW, type HeatScale } from './colorScale';
import { SvgPathData, type PathSink } from '../charts/svgPathData';

/** A ring or a polygon list as d3-contour returns them: [x, y] positions in grid units. */
type Ring = readonly (readonly number[])[];

/**
 * Contour levels for a field with the given colour scale. linear: d3's nice ticks strictly inside
 * (min, max), about `count` of them. log: min + o for the offsets o = 1·10^k and 3·10^k between the
 * scale's floor and max − min, so the lines are evenly spaced on the log colour ramp.
 */
export function contourThresholds(heat: Pick<HeatScale, 'mode' | 'min' | 'max' | 'floor'>, count = 10): number[] {
  const { min, max, floor } = heat;
  const span = max - min;
  if (!(span > 0)) return [];
  if (heat.mode === 'linear') return ticks(min, max, count).filter((t) => t > min && t < max);
  const mantissaOk = (o: number) => {
    const m = o / 10 ** Math.floor(Math.log10(o) + 1e-9);
    return Math.abs(m - 1) < 1e-6 || Math.abs(m - 3) < 1e-6;
  };
  return scaleLog()
    .domain([floor, span])
    .ticks()
    .filter((o) => o > floor && o < span && mantissaOk(o))
    .map((o) => min + o);
}

/** Traces closed rings into `sink`, each point projected (grid units → pixels); rings of < 2 points are skipped. */
export function traceRings(rings: Iterable<Ring>, project: (x: number, y: number) => readonly [number, number], sink: PathSink): void {
  for (const ring of rings) {
    if (ring.length < 2) continue;
    for (let k = 0; k < ring.length; k++) {
      const [px, py] = project(ring[k]![0]!, ring[k]![1]!);
      if (k === 0) sink.moveTo(px, py);
      else sink.lineTo(px, py);
    }
    sink.closePath();
  }
}

/** SVG path data of closed rings (see traceRings), rounded to 0.1 px. */
export function ringsPath(rings: Iterable<Ring>, project: (x: number, y: number) => readonly [number, number]): string {
  const d = new SvgPathData();
  traceRings(rings, project, d);
  return d.toString();
}

export interface ContourLine {
  readonly value: number;
  /** The iso-line's rings in d3-contour's grid units (sample k at k + 0.5); project with gridToPlot. */
  readonly rings: readonly Ring[];
  /** Drawn light (the level sits on the dark end of the ramp) or dark. */
  readonly light: boolean;
}

/**
 * Iso-lines of a size×size row-major field at the given levels (d3-contour, linear interpolation). Cells
 * that are not finite count as below every level, so lines stop at their edge. Rings along the grid's
 * border run half a cell outside the plot and are hidden by its clip. Levels with no line are left out.
 */
export function contourLines(
  values: ArrayLike<number>,
  thresholds: readonly number[],
  size: number,
  heat: Pick<HeatScale, 'unit'>,
): ContourLine[] {
  if (thresholds.length === 0) return [];
  // d3-contour only indexes the array, so a typed array serves as well as number[].
  const field = values as unknown as number[];
  const gen = contours().size([size, size]).smooth(true);
  const out: ContourLine[] = [];
  for (const level of thresholds) {
    const rings = gen.contour(field, level).coordinates.flat();
    if (rings.some((r) => r.length >= 2)) out.push({ value: level, rings, light: heat.unit(level) < LIGHT_BELOW });
  }
  return out;
}
