import { memo, useLayoutEffect, useMemo } from 'react';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import { SurfacePlot } from '../../../src/components/surface/SurfacePlot';
import { getLoss } from '../../../src/math/losses';
import type { Descent, SurfaceRequest } from '../../../src/math/surface';
import type { Computed, SurfaceEngine } from './engine';
import { ExportMenu } from '../../export/ExportMenu';
import { useElementWidth } from '../../useElementWidth';
import { useSurfaceField } from './useSurfaceField';
import { useSurfaceMarks, type Evaluator } from './useSurfaceMarks';

type UV = readonly [number, number];

interface SurfaceCardProps {
  readonly engine: SurfaceEngine | undefined;
  readonly req: SurfaceRequest | undefined;
  readonly dataProblem?: string;
  readonly uLabel: string;
  readonly vLabel: string;
  readonly point: UV;
  readonly onPoint: (p: UV, phase: 'drag' | 'end') => void;
  readonly onPick: (p: UV) => void;
  readonly colorScale: 'linear' | 'log';
  readonly atRest: boolean;
  readonly descent?: Descent;
  readonly shownSteps: number;
  readonly onComputed: (c: Computed) => void;
  /** The objective in float64 at any point (readout). */
  readonly at: Evaluator;
}

/** One loss's surface over the weights, with its minimum, current point, readout and notes. */
export const SurfaceCard = memo(function SurfaceCard(p: SurfaceCardProps) {
  const { req, onComputed } = p;
  const [box, width] = useElementWidth<HTMLElement>(420);
  const field = useSurfaceField(p.engine, req);
  const result = field.computed?.result;
  const marks = useSurfaceMarks(p.engine, req, result, p.atRest);
  const title = req ? `${getLoss(req.lossId)?.title ?? req.lossId} objective surface` : 'Objective surface';
  // Layout effect: the badge counts this frame in the same paint as the picture.
  useLayoutEffect(() => {
    if (field.computed) onComputed(field.computed);
  }, [field.computed, onComputed]);
  const here = p.at(p.point[0], p.point[1]);
  const path = useMemo(
    () => p.descent?.path.slice(0, p.shownSteps + 1).map((q) => [q.u, q.v] as const),
    [p.descent, p.shownSteps],
  );
  const minimum = useMemo(() => (marks.minimum ? ([marks.minimum.u, marks.minimum.v] as const) : undefined), [marks.minimum]);
  const problem = p.dataProblem ?? result?.problem ?? field.error;
  return (
    <figure ref={box} className="surface-card">
      <figcaption>{title}</figcaption>
      {result && req ? (
        <SurfacePlot
          title={title}
          uLabel={p.uLabel}
          vLabel={p.vLabel}
          grid={req.grid.size === result.size ? req.grid : { ...req.grid, size: result.size }}
          value={result.value}
          du={result.du}
          dv={result.dv}
          colorScale={p.colorScale}
          width={width}
          point={p.point}
          onPoint={p.onPoint}
          onPick={p.onPick}
          arrows
          problem={problem}
          valueLabel="objective"
          minimum={minimum}
          path={path}
          optimumPath={marks.optimumPath}
          constraint={marks.constraint}
          constraintBand={marks.band}
        />
      ) : (
        <output className="surface-pending">{problem ?? 'Computing the surface…'}</output>
      )}
      {result && req && !problem && (
        <ExportMenu
          title={title}
          request={(a) => ({ kind: 'surface', figure: a.closest('.surface-card')?.querySelector('.surface-plot'), req: { ...req, grid: { ...req.grid, size: result.size } }, uLabel: p.uLabel, vLabel: p.vLabel, colorScale: p.colorScale })}
        />
      )}
      <dl className="surface-readout" aria-label={`${title} at the current weights`}>
        <div><dt>objective</dt><dd>{formatReadout(here?.value ?? NaN)}</dd></div>
        <div><dt>∂/∂{p.uLabel}</dt><dd>{formatReadout(here?.du ?? NaN)}</dd></div>
        <div><dt>∂/∂{p.vLabel}</dt><dd>{formatReadout(here?.dv ?? NaN)}</dd></div>
        {marks.minimum && (
          <div><dt>minimum</dt><dd>{formatReadout(marks.minimum.value)} at ({formatReadout(marks.minimum.u)}, {formatReadout(marks.minimum.v)})</dd></div>
        )}
      </dl>
      {marks.flatZero && (
        <p className="surface-note">
          The loss is exactly zero on a whole region that runs off the edge of this window: scaling zero-loss
          weights by any c &gt; 1 keeps the loss at zero, so the minimizer is not unique. Add L2 regularization and a
          single minimum appears.
        </p>
      )}
      {p.descent?.message && <output className="surface-note">{p.descent.message}</output>}
    </figure>
  );
});
