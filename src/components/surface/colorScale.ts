import { scaleLinear, scaleLog, type ScaleLinear } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';

export type ColorMode = 'linear' | 'log';

/** Range of the finite cells of a field and how many cells are not finite. min/max are NaN when none is. */
export interface FieldExtent {
  readonly min: number;
  readonly max: number;
  readonly undefinedCells: number;
}

export function fieldExtent(values: ArrayLike<number>, count = values.length): FieldExtent {
  let min = Infinity;
  let max = -Infinity;
  let bad = 0;
  for (let k = 0; k < count; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) {
      bad++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max, undefinedCells: bad } : { min: NaN, max: NaN, undefinedCells: bad };
}

/** Decades above the minimum the log colour scale shows; offsets below span·10^−LOG_DECADES share the bottom colour. */
export const LOG_DECADES = 4;

/**
 * How values become colours. linear: t = (v − min)/(max − min). log: the offset above the minimum,
 * o = v − min, on a log axis: t = log10(max(o, floor)/floor)/LOG_DECADES with floor = (max − min)·10^−LOG_DECADES,
 * so a zero minimum (hinge's flat region) is fine and the minimum itself gets the bottom colour.
 */
export interface HeatScale {
  readonly mode: ColorMode;
  readonly min: number;
  readonly max: number;
  /** log: the smallest offset above min that is told apart; linear: 0. */
  readonly floor: number;
  /** Position on the colour ramp, 0..1; NaN for a value that is not finite. A flat field gives 0.5. */
  unit(v: number): number;
  /** What the legend axis measures: the value (linear) or the value above min (log), over [0, length] px. */
  legendScale(length: number): ScaleLinear<number, number>;
}

export function heatScale(ext: FieldExtent, mode: ColorMode): HeatScale | undefined {
  const { min, max } = ext;
  if (!Number.isFinite(min) || !Number.isFinite(max)) return undefined;
  const span = max - min;
  const flat = !(span > 0);
  if (mode === 'linear' || flat) {
    return {
      mode, min, max, floor: 0,
      unit: flat ? (v) => (Number.isFinite(v) ? 0.5 : NaN) : (v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, (v - min) / span)) : NaN),
      legendScale: (length) => scaleLinear().domain([min, max]).range([0, length]),
    };
  }
  const floor = span * 10 ** -LOG_DECADES;
  const k = 1 / (LOG_DECADES * Math.LN10);
  return {
    mode, min, max, floor,
    unit: (v) => (Number.isFinite(v) ? Math.min(1, Math.log(Math.max(v - min, floor) / floor) * k) : NaN),
    legendScale: (length) => logAxisScale([floor, span], [0, length]),
  };
}

/**
 * A log scale dressed for the shared Axis component, whose prop type is d3's ScaleLinear: Axis only calls
 * the scale, ticks(n), tickFormat(n) and range(), which a log scale has. Labels use '~g' (0.001, 20, 1e+4),
 * not d3's default SI prefixes, since "1m" would read as a unit.
 */
export function logAxisScale(domain: readonly [number, number], range: readonly [number, number]): ScaleLinear<number, number> {
  const s = scaleLog().domain(domain).range(range);
  const f = (v: number) => s(v);
  Object.assign(f, {
    ticks: (n?: number) => s.ticks(n),
    tickFormat: (n?: number) => s.tickFormat(n, '~g'),
    range: () => s.range(),
    domain: () => s.domain(),
  });
  return f as unknown as ScaleLinear<number, number>;
}

/** 256 colours of viridis (perceptually uniform, readable in grey, colour-blind safe) as r, g, b bytes. */
export const RAMP: Uint8Array = (() => {
  const out = new Uint8Array(256 * 3);
  for (let k = 0; k < 256; k++) {
    const hex = interpolateViridis(k / 255);
    for (let c = 0; c < 3; c++) out[k * 3 + c] = parseInt(hex.slice(1 + 2 * c, 3 + 2 * c), 16);
  }
  return out;
})();

/** CSS colour of ramp position t ∈ [0, 1] (legend gradient stops). */
export const rampColor = (t: number): string => interpolateViridis(t);

/** Undefined cells: two neutral greys in a checkerboard, which viridis never produces. */
export const UNDEFINED_RGB: readonly [readonly number[], readonly number[]] = [[128, 128, 128], [168, 168, 168]];

/** Overlays (contours, arrows) on ramp positions below this are drawn light, above it dark. */
export const LIGHT_BELOW = 0.55;

/**
 * Fill RGBA bytes of a size×size image from a row-major field (index j·size + i, v up): image row r shows
 * grid row j = size − 1 − r, so v increases upwards as on the plot.
 */
export function paintHeat(values: ArrayLike<number>, size: number, heat: Pick<HeatScale, 'unit'>, out: Uint8ClampedArray): void {
  for (let r = 0; r < size; r++) {
    const row = (size - 1 - r) * size;
    for (let i = 0; i < size; i++) {
      const t = heat.unit(values[row + i]!);
      const o = (r * size + i) * 4;
      if (!Number.isNaN(t)) {
        const c = ((t * 255 + 0.5) | 0) * 3;
        out[o] = RAMP[c]!;
        out[o + 1] = RAMP[c + 1]!;
        out[o + 2] = RAMP[c + 2]!;
      } else {
        const g = UNDEFINED_RGB[(r + i) & 1]!;
        out[o] = g[0]!;
        out[o + 1] = g[1]!;
        out[o + 2] = g[2]!;
      }
      out[o + 3] = 255;
    }
  }
}
