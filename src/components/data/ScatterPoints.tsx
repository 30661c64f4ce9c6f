import { memo, useMemo } from 'react';
import type { Dataset } from '../../math/surface/types';
import { classesOf, pointName, styleOf, symbolPath, type Shape } from './classStyle';
import { HIT_RADIUS } from './hitTest';

interface Props {
  readonly dataset: Dataset;
  readonly pixels: { readonly px: Float64Array; readonly py: Float64Array };
  /** Prefix of the option ids; point i is `${idBase}-${i}`. */
  readonly idBase: string;
  readonly selected: number | undefined;
  readonly grabbed: boolean;
}

/** Marker area in square pixels (a circle of radius ~4.5). */
const MARK_AREA = 64;

export const optionId = (idBase: string, i: number) => `${idBase}-${i}`;

/**
 * The points as listbox options, each with its accessible name; a ring marks the chosen point (drawn in the
 * focus colour while the chart has keyboard focus, dashed while it is grabbed).
 */
export function ScatterPoints({ dataset, pixels, idBase, selected, grabbed }: Props) {
  const paths = useMemo(() => {
    const out: Partial<Record<Shape, string>> = {};
    for (const c of classesOf(dataset.kind)) out[c.shape] = symbolPath(c.shape, MARK_AREA);
    return out;
  }, [dataset.kind]);
  const { px, py } = pixels;
  return (
    <g className="points" role="presentation">
      {Array.from({ length: dataset.n }, (_, i) => {
        const s = styleOf(dataset.kind, dataset.y[i]!);
        return (
          <ScatterPoint
            key={i}
            id={optionId(idBase, i)}
            name={pointName(dataset, i)}
            selected={i === selected}
            at={`translate(${px[i]!.toFixed(1)},${py[i]!.toFixed(1)})`}
            d={paths[s.shape]!}
            color={s.color}
          />
        );
      })}
      {selected !== undefined && (
        <circle
          className={grabbed ? 'point-ring grabbed' : 'point-ring'}
          cx={px[selected]!}
          cy={py[selected]!}
          r={9}
          aria-hidden="true"
        />
      )}
    </g>
  );
}

interface PointProps {
  readonly id: string;
  readonly name: string;
  readonly selected: boolean;
  /** SVG transform placing the marker. */
  readonly at: string;
  readonly d: string;
  readonly color: string;
}

/** One point; memoised on primitive props so a drag re-renders only the point that moves. */
const ScatterPoint = memo(function ScatterPoint({ id, name, selected, at, d, color }: PointProps) {
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- SVG has no <option> element; a <g> plays it
    <g id={id} role="option" aria-selected={selected} aria-label={name} className="point" transform={at}>
      <circle className="point-hit" r={HIT_RADIUS} />
      <path className="point-mark" d={d} fill={color} />
    </g>
  );
});
