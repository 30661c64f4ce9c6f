import { memo, useMemo } from 'react';
import type { SurfaceFrame, UV } from './frame';
import { dotsPath, polylinePath } from './overlayPaths';

export interface OverlayProps {
  /** The minimum of the shown objective, marked with a cross. */
  readonly minimum?: UV;
  /** Optimizer path (weights after each step), drawn as a polyline with a dot per step. */
  readonly path?: readonly UV[];
  /** The regularized optimum as λ varies, a dashed polyline. */
  readonly optimumPath?: readonly UV[];
  /** Closed boundary of the constraint region through the optimum (L1 diamond, L2 circle…). */
  readonly constraint?: readonly UV[];
  /**
   * Half-width of a constraint band |u| ≤ h for any v (regression: only the slope is penalized, the bias is not),
   * drawn as two vertical boundary lines.
   */
  readonly constraintBand?: number;
}

/** A line with a dark halo under it, so it reads on both ends of the colour ramp. */
function Haloed({ d, className }: { d: string; className: string }) {
  if (!d) return null;
  return (
    <>
      <path d={d} className={`halo ${className}`} />
      <path d={d} className={className} />
    </>
  );
}

/** The weight-space overlays; memoized so a point drag leaves them alone. */
export const Overlays = memo(function Overlays(props: OverlayProps & { frame: SurfaceFrame }) {
  const { frame, minimum, path, optimumPath, constraint, constraintBand } = props;
  const d = useMemo(() => {
    const band = constraintBand !== undefined && Number.isFinite(constraintBand) ? Math.abs(constraintBand) : undefined;
    const [v0, v1] = frame.y.domain() as [number, number];
    return {
      constraint: constraint ? polylinePath(constraint, frame, true) : '',
      band:
        band === undefined
          ? ''
          : polylinePath([[-band, v0], [-band, v1]], frame) + polylinePath([[band, v0], [band, v1]], frame),
      optimum: optimumPath ? polylinePath(optimumPath, frame) : '',
      path: path ? polylinePath(path, frame) : '',
      dots: path ? dotsPath(path, frame) : '',
      start: path && path.length > 0 ? dotsPath(path.slice(0, 1), frame) : '',
    };
  }, [frame, constraint, constraintBand, optimumPath, path]);
  const min = minimum && Number.isFinite(frame.x(minimum[0])) && Number.isFinite(frame.y(minimum[1])) ? minimum : undefined;
  return (
    <g className="surface-overlays" aria-hidden="true">
      <Haloed d={d.constraint + d.band} className="constraint" />
      <Haloed d={d.optimum} className="optimum-path" />
      <Haloed d={d.path} className="descent-path" />
      <Haloed d={d.dots} className="descent-dots" />
      <Haloed d={d.start} className="descent-start" />
      {min && (
        <g className="minimum" transform={`translate(${frame.x(min[0])},${frame.y(min[1])})`}>
          <path d="M-6,-6L6,6M-6,6L6,-6" className="halo" />
          <path d="M-6,-6L6,6M-6,6L6,-6" />
        </g>
      )}
    </g>
  );
});

const SWATCH: Record<string, string> = {
  point: 'M9,5h0',
  minimum: 'M5,1L13,9M5,9L13,1',
  path: 'M1,5H17',
  optimum: 'M1,5H17',
  constraint: 'M1,5H17',
  arrows: 'M1,5H15M11,2L15,5L11,8',
};

/** A short key of the marks on the plot, only for those present. */
export function OverlayKey(props: OverlayProps & { point: UV; arrows?: boolean }) {
  const items: [key: string, cls: string, text: string][] = [['point', 'key-point', 'current weights']];
  if (props.minimum) items.push(['minimum', 'key-minimum', 'minimum']);
  if (props.path && props.path.length > 0) items.push(['path', 'descent-path', 'descent path']);
  if (props.optimumPath && props.optimumPath.length > 0) items.push(['optimum', 'optimum-path', 'optimum as λ varies']);
  if ((props.constraint && props.constraint.length > 0) || props.constraintBand !== undefined)
    items.push(['constraint', 'constraint', 'constraint region']);
  if (props.arrows) items.push(['arrows', 'key-arrow', 'negative gradient']);
  return (
    <ul className="surface-key" aria-label="Marks on the plot">
      {items.map(([key, cls, text]) => (
        <li key={key}>
          <svg width={18} height={10} aria-hidden="true">
            <path d={SWATCH[key]} className={`halo ${cls}`} />
            <path d={SWATCH[key]} className={cls} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
