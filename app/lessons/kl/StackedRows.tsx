import { scaleLinear } from 'd3-scale';

export interface StackedRow {
  readonly label: string;
  /** Segments laid end to end; a hidden one is left out (its place stays empty). */
  readonly segments: readonly { readonly value: number; readonly color: string; readonly hidden?: boolean }[];
}

interface StackedRowsProps {
  /** What the rows show, for screen readers. */
  readonly title: string;
  readonly rows: readonly StackedRow[];
  readonly width: number;
}

const M = { left: 130, right: 16 };
const ROW = 34;

/** Horizontal bars on one scale, each made of segments end to end, so sums can be compared by eye. */
export function StackedRows({ title, rows, width }: StackedRowsProps) {
  const w = Math.max(160, width) - M.left - M.right;
  const totals = rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0));
  const x = scaleLinear()
    .domain([0, Math.max(1e-9, ...totals)])
    .range([0, w])
    .nice();
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it
    <svg width={w + M.left + M.right} height={ROW * rows.length + 24} className="lfig-bars" role="img" aria-label={title}>
      <g transform="translate(0,4)">
        {rows.map((r, i) => {
          let start = 0;
          return (
            <g key={r.label} transform={`translate(${M.left},${i * ROW})`}>
              <text x={-8} y={ROW / 2} dy="0.32em" textAnchor="end">
                {r.label}
              </text>
              {r.segments.map((s, k) => {
                const x0 = x(start);
                start += s.value;
                return s.hidden ? null : <rect key={k} x={x0} y={3} width={Math.max(0, x(start) - x0)} height={ROW - 8} fill={s.color} />;
              })}
            </g>
          );
        })}
        <text x={M.left} y={ROW * rows.length + 14}>
          nats, 0 to {x.domain()[1]}
        </text>
      </g>
    </svg>
  );
}
