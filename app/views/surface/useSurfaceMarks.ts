import { useEffect, useMemo, useState } from 'react';
import type { SurfaceEngine } from './engine';
import {
  constraintRegion, makeObjective, minimumOf, SURFACE_MODELS, surfaceLoss, zeroRegionReachesEdge,
  type ObjectivePoint, type Optimum, type SurfaceRequest, type SurfaceResult,
} from '../../../src/math/surface';

type UV = readonly [number, number];

/** λ values the optimum's path is traced over: 25 per the log slider's range. */
const PATH_LAMBDAS = Array.from({ length: 25 }, (_, i) => 10 ** (-4 + (5 * i) / 24));

export interface SurfaceMarks {
  readonly minimum?: Optimum;
  readonly constraint?: readonly UV[];
  readonly band?: number;
  readonly optimumPath?: readonly UV[];
  /** The loss is exactly zero on a region that reaches the window's edge: no unique minimum. */
  readonly flatZero: boolean;
}

export type Evaluator = (u: number, v: number) => ObjectivePoint | undefined;

/** The objective at one point in float64, or undefined where the request cannot be evaluated. */
export function evaluatorFor(req: SurfaceRequest | undefined): Evaluator {
  if (!req) return () => undefined;
  try {
    return makeObjective(req);
  } catch {
    return () => undefined;
  }
}

/** Minimum, constraint region and λ-path of the optimum, for one surface. */
export function useSurfaceMarks(
  engine: SurfaceEngine | undefined,
  req: SurfaceRequest | undefined,
  result: SurfaceResult | undefined,
  atRest: boolean,
): SurfaceMarks {
  // The field on screen may still be the coarse one while the request already asks for the full grid.
  const sized = useMemo(
    () => (req && result && req.grid.size !== result.size ? { ...req, grid: { ...req.grid, size: result.size } } : req),
    [req, result],
  );
  // Refining the minimum runs a few hundred float64 steps: at rest only; while dragging the last one stays.
  const restReq = atRest ? sized : undefined;
  const restResult = atRest ? result : undefined;
  const [kept, setKept] = useState<Optimum | undefined>(undefined);
  const fresh = useMemo(
    () => (restReq && restResult && !restResult.problem ? minimumOf(restReq, restResult) : undefined),
    [restReq, restResult],
  );
  if (atRest && fresh !== kept) setKept(fresh);
  const minimum = atRest ? fresh : kept;
  const region = useMemo(
    () => (req && minimum ? constraintRegion(req.dataset.kind, req.reg, minimum) : undefined),
    [req, minimum],
  );
  // Tracing the λ-path runs 25 warm-started optimizations: in the worker, at rest, and not again for λ itself.
  // A typed loss keeps its id while its formula changes: the formula is a reason to retrace.
  const formula = req ? surfaceLoss(req.dataset.kind, req.lossId)?.typed?.text : undefined;
  const pathReq = useMemo(() => {
    // A slice through many weights has no λ-path worth tracing on it (the model's region is 'none').
    if (!req || req.reg.kind === 'none' || SURFACE_MODELS[req.dataset.kind].region === 'none') return undefined;
    return { ...req, grid: { ...req.grid, size: 48 }, reg: { ...req.reg, lambda: 1 } };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- λ moves along the path; it is not a reason to retrace it
  }, [req?.dataset, req?.lossId, formula, req?.params, req?.reg.kind, req && req.reg.kind !== 'none' ? req.reg.l1Ratio : 0, req?.slice, req?.grid.u, req?.grid.v]);
  const [traced, setTraced] = useState<{ for?: SurfaceRequest; path?: readonly UV[] }>({});
  useEffect(() => {
    if (!engine || !pathReq || !atRest || traced.for === pathReq) return undefined;
    let live = true;
    engine
      .path(pathReq, PATH_LAMBDAS)
      .then((p) => live && setTraced({ for: pathReq, path: p.map((o) => [o.u, o.v] as const) }))
      .catch(() => live && setTraced({ for: pathReq }));
    return () => {
      live = false;
    };
  }, [engine, pathReq, atRest, traced.for]);
  const optimumPath = pathReq && traced.for === pathReq ? traced.path : undefined;
  const flatZero = useMemo(() => Boolean(result && sized?.reg.kind === 'none' && zeroRegionReachesEdge(result)), [result, sized]);
  return {
    minimum,
    constraint: region && region.shape !== 'band' ? region.points : undefined,
    band: region?.shape === 'band' ? region.halfWidth : undefined,
    optimumPath,
    flatZero,
  };
}
