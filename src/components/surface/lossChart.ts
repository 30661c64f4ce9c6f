import { extent } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear } from 'd3-scale';
import { logAxisScale } from './colorScale';
import { fmt } from './frame';

export interface LossChartModel {
  readonly x: ScaleLinear<number, number>;
  /** A linear scale, or a log scale dressed for the shared Axis (see logAxisScale). */
  readonly y: ScaleLinear<number, number>;
  readonly log: boolean;
  /** The line through the finite values (a value that is not finite, or ≤ 0 on a log axis, breaks it). */
  readonly d: string;
  /** A dot per step when there are few steps; '' otherwise. */
  readonly dots: string;
  /** The last finite step, highlighted. */
  readonly last: string;
  /** Things the picture does not show, in words. */
  readonly notes: readonly string[];
  /** Accessible summary. */
  readonly summary: string;
}

/** At most this many steps get a dot each. */
export const MAX_DOTS = 60;

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Scales and paths for the objective per optimizer step (values[k] after k steps; k = 0 is the start).
 * Undefined when no value is finite. `logScale` is honoured only when every finite value is positive;
 * otherwise the chart stays linear and says why.
 */
export function lossChartModel(o: {
  values: readonly number[];
  innerWidth: number;
  innerHeight: number;
  logScale?: boolean;
}): LossChartModel | undefined {
  const { values, innerWidth, innerHeight } = o;
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  let [lo, hi] = extent(finite) as [number, number];
  const notes: string[] = [];
  const log = (o.logScale ?? false) && lo > 0;
  if (o.logScale && !log) notes.push('A log scale needs positive values, so this chart is linear.');
  const bad = values.length - finite.length;
  if (bad > 0) notes.push(`${bad} step${bad === 1 ? ' is' : 's are'} not finite (the descent diverged) and not drawn.`);
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([0, innerWidth]);
  let y: ScaleLinear<number, number>;
  if (log) {
    if (hi === lo) [lo, hi] = [lo / 2, hi * 2];
    y = logAxisScale(scaleLog().domain([lo, hi]).nice().domain() as [number, number], [innerHeight, 0]);
  } else {
    if (hi === lo) [lo, hi] = lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
    y = scaleLinear().domain([lo, hi]).range([innerHeight, 0]).nice();
  }
  const ok = (v: number) => Number.isFinite(v) && (!log || v > 0);
  let d = '';
  let dots = '';
  let pen = false;
  let lastK = -1;
  values.forEach((v, k) => {
    if (!ok(v)) {
      pen = false;
      return;
    }
    const p = `${r1(x(k))},${r1(y(v))}`;
    d += `${pen ? 'L' : 'M'}${p}`;
    dots += `M${p}h0`;
    pen = true;
    lastK = k;
  });
  const lastV = values[lastK]!;
  const last = `M${r1(x(lastK))},${r1(y(lastV))}h0`;
  const first = values.findIndex(ok);
  const steps = values.length - 1;
  const summary =
    `${steps} step${steps === 1 ? '' : 's'}: objective ${fmt(values[first]!)} at step ${first}, ` +
    `${fmt(lastV)} at step ${lastK}${log ? ' (log scale)' : ''}`;
  return { x, y, log, d, dots: values.length <= MAX_DOTS ? dots : '', last, notes, summary };
}
