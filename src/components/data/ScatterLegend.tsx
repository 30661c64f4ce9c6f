import type { ModelKind } from '../../math/surface/types';
import { ClassSymbol } from './ClassSymbol';
import { classesOf, hasLabels } from './classStyle';
import { describeFit, type ScatterFitSpec } from './ScatterFit';

interface Props {
  readonly kind: ModelKind;
  readonly n: number;
  readonly fit: ScatterFitSpec | undefined;
}

/** What the marks mean: the point count, each class's colour and shape, and the fit in words. */
export function ScatterLegend({ kind, n, fit }: Props) {
  const fitText = describeFit(fit, kind);
  return (
    <ul className="data-legend" aria-label="Legend">
      <li>{n === 1 ? '1 point' : `${n} points`}</li>
      {hasLabels(kind) &&
        classesOf(kind).map((c) => (
          <li key={c.value}>
            <ClassSymbol style={c} />
            class {c.name}
          </li>
        ))}
      {fitText && (
        <li>
          <span className="legend-line" aria-hidden="true" />
          {fitText}
        </li>
      )}
    </ul>
  );
}
