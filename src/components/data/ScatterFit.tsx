import { SURFACE_MODELS } from '../../math/surface/models';
import type { ModelKind, Slice } from '../../math/surface/types';
import { axisNames, classesOf, fmt2 } from './classStyle';
import { binaryBoundary, regressionLine, softmaxRegions, type Pt } from './fitGeometry';
import type { Domain, ScatterFrame } from './scatterFrame';

/**
 * The model's current fit over the data: a regression line y = u·x + v; a binary boundary u·x₁ + v·x₂ = 0
 * through the origin with the +1 side shaded; the argmax regions of a 3-class W (3×3 row-major, bias last).
 */
export type ScatterFitSpec =
  | { readonly kind: 'line'; readonly u: number; readonly v: number }
  | { readonly kind: 'boundary'; readonly u: number; readonly v: number }
  | { readonly kind: 'regions'; readonly w: ArrayLike<number> }
  | { readonly kind: 'none' };

/**
 * The fit the weights (u, v) make on `kind`'s data, as its spec says (SurfaceModel.fit): a line, a boundary,
 * or the regions of the slice's W(u, v) = origin + u·d1 + v·d2 (none without a slice).
 */
export function fitAt(kind: ModelKind, u: number, v: number, slice: Slice | undefined): ScatterFitSpec {
  const fit = SURFACE_MODELS[kind].fit;
  if (fit !== 'regions') return { kind: fit, u, v };
  return slice ? { kind: 'regions', w: slice.origin.map((o, k) => o + u * slice.d1[k]! + v * slice.d2[k]!) } : { kind: 'none' };
}

/** Whether `fit` is the kind of fit `kind`'s model draws (a stale fit from another model draws nothing). */
const fitsModel = (fit: ScatterFitSpec, kind: ModelKind) => SURFACE_MODELS[kind].fit === fit.kind;

interface Props {
  readonly fit: ScatterFitSpec;
  readonly kind: ModelKind;
  readonly frame: ScatterFrame;
  readonly domain: Domain;
}

const polygon = (frame: ScatterFrame, pts: readonly Pt[]) => pts.map(([a, b]) => `${frame.x(a)},${frame.y(b)}`).join(' ');

function Segment({ frame, seg, className }: { frame: ScatterFrame; seg: readonly [Pt, Pt]; className: string }) {
  const [[a0, b0], [a1, b1]] = seg;
  return <line className={className} x1={frame.x(a0)} y1={frame.y(b0)} x2={frame.x(a1)} y2={frame.y(b1)} />;
}

/** Drawn under the points, hidden from readers (the legend says what it is). */
export function ScatterFit({ fit, kind, frame, domain }: Props) {
  if (!fitsModel(fit, kind)) return null;
  if (fit.kind === 'line') {
    const seg = regressionLine(domain, fit.u, fit.v);
    return seg ? <g className="fit" aria-hidden="true"><Segment frame={frame} seg={seg} className="fit-line" /></g> : null;
  }
  if (fit.kind === 'boundary') {
    const b = binaryBoundary(domain, fit.u, fit.v);
    if (!b) return null;
    return (
      <g className="fit" aria-hidden="true">
        {b.positive.length > 0 && <polygon className="fit-region" points={polygon(frame, b.positive)} fill={classesOf(kind)[0]!.color} />}
        {b.line && <Segment frame={frame} seg={b.line} className="fit-line" />}
      </g>
    );
  }
  if (fit.kind === 'regions') {
    const r = softmaxRegions(domain, fit.w);
    if (!r) return null;
    const styles = classesOf(kind);
    return (
      <g className="fit" aria-hidden="true">
        {r.regions.map((pts, k) =>
          pts.length > 0 ? <polygon key={k} className="fit-region" points={polygon(frame, pts)} fill={styles[k]!.color} /> : null,
        )}
        {r.boundaries.map((seg, k) => <Segment key={k} frame={frame} seg={seg} className="fit-line" />)}
      </g>
    );
  }
  return null;
}

/** Words for the fit, shown in the legend: "line at the current weights: y = 1.50·x + 0.50" (the model at (u, v), not a fit of the data). Undefined when nothing is drawn. */
export function describeFit(fit: ScatterFitSpec | undefined, kind: ModelKind): string | undefined {
  const term = (v: number, name: string) => `${v < 0 ? '−' : '+'} ${fmt2(Math.abs(v))}${name}`;
  if (!fit || !fitsModel(fit, kind)) return undefined;
  if (fit.kind === 'line' && Number.isFinite(fit.u) && Number.isFinite(fit.v)) {
    return `line at the current weights: y = ${fmt2(fit.u)}·x ${term(fit.v, '')}`;
  }
  if (fit.kind === 'boundary' && Number.isFinite(fit.u) && Number.isFinite(fit.v) && (fit.u !== 0 || fit.v !== 0)) {
    const [a, b] = axisNames(kind);
    return `boundary: ${fmt2(fit.u)}·${a} ${term(fit.v, `·${b}`)} = 0 (shaded side: class ${classesOf(kind)[0]!.name})`;
  }
  if (fit.kind === 'regions' && fit.w.length === 9) return 'shaded: the class the model predicts';
  return undefined;
}
