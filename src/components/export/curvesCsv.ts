import { toCsv, type CsvColumn } from './csv';

/** One plotted loss: its id (the column prefix) and the arrays its panels draw. */
export interface CsvCurve {
  readonly id: string;
  readonly x: ArrayLike<number>;
  readonly value: ArrayLike<number>;
  readonly derivative?: ArrayLike<number>;
  readonly weight?: ArrayLike<number>;
}

export interface CurvesCsvInput {
  readonly curves: readonly CsvCurve[];
  /** Which panels are shown: a column is written for what is drawn, nothing else. */
  readonly panels: { readonly derivative: boolean; readonly weight: boolean };
  readonly comments?: readonly string[];
}

/**
 * x, then per loss `<id>_value`, `<id>_derivative` (when the derivative panel shows) and `<id>_weight`
 * (when the weight panel shows and the loss has an effective weight). The curves share one x-grid: the
 * first curve's x is written, and a curve sampled on another grid is refused.
 */
export function curvesCsv({ curves, panels, comments }: CurvesCsvInput): string {
  const x = curves[0]?.x ?? [];
  const columns: CsvColumn[] = [{ name: 'x', values: x }];
  for (const c of curves) {
    if (c.x.length !== x.length || Array.prototype.some.call(c.x, (v: number, i: number) => v !== x[i])) {
      throw new Error(`the curve ${c.id} is sampled on another x-grid`);
    }
    columns.push({ name: `${c.id}_value`, values: c.value });
    if (panels.derivative && c.derivative) columns.push({ name: `${c.id}_derivative`, values: c.derivative });
    if (panels.weight && c.weight) columns.push({ name: `${c.id}_weight`, values: c.weight });
  }
  return toCsv(columns, comments);
}

/**
 * The curves of several charts as one table: each curve keeps the columns its own chart shows, and a
 * curve id that an earlier chart already used gets the chart's number ("sigmoid_2"). The charts must
 * share one x-grid.
 */
export function chartsCsv(charts: readonly { readonly curves: readonly CsvCurve[]; readonly panels: CurvesCsvInput['panels'] }[], comments?: readonly string[]): string {
  const seen = new Set<string>();
  const curves = charts.flatMap((chart, k) =>
    chart.curves.map((c) => {
      const id = seen.has(c.id) ? `${c.id}_${k + 1}` : c.id;
      seen.add(id);
      return { id, x: c.x, value: c.value, derivative: chart.panels.derivative ? c.derivative : undefined, weight: chart.panels.weight ? c.weight : undefined };
    }),
  );
  return curvesCsv({ curves, panels: { derivative: true, weight: true }, comments });
}
