import { useMemo } from 'react';
import {
  checkDataset, datasetOf, getPreset, makeDataset, SURFACE_MODELS,
  type Dataset, type Grid, type Regularizer, type SliceChoice, type SurfaceRequest,
} from '../../../src/math/surface';
import type { SurfaceState } from '../../state/surfaceState';

const FALLBACK_WINDOW: Pick<Grid, 'u' | 'v'> = { u: [-4, 4], v: [-4, 4] };

export interface Problem {
  readonly dataset: Dataset;
  /** Set when the data cannot make a surface (empty, non-finite…): shown instead of a picture. */
  readonly problem?: string;
  readonly window: Pick<Grid, 'u' | 'v'>;
  readonly slice?: SliceChoice;
  readonly reg: Regularizer;
}

/** The dataset (generated or edited), its weight window, the softmax slice and the regularizer. */
export function useProblem(s: SurfaceState): Problem {
  const { kind, data, seed, n, edited, reg: regKind, lambda, l1_ratio: l1Ratio } = s;
  const dataset = useMemo(() => {
    const { d } = SURFACE_MODELS[kind].data;
    if (edited) return datasetOf(kind, d, edited.x, edited.y);
    return makeDataset(data, seed, n) ?? datasetOf(kind, d, [], []);
  }, [kind, data, seed, n, edited]);
  const problem = useMemo(() => checkDataset(dataset), [dataset]);
  // A model with more than two weights is seen through a slice; training its origin takes a few hundred
  // steps: only when that model's data changes.
  const slice = useMemo(() => (problem ? undefined : SURFACE_MODELS[kind].slice?.(dataset)), [kind, dataset, problem]);
  const window = slice?.grid ?? getPreset(data)?.grid ?? FALLBACK_WINDOW;
  const reg = useMemo<Regularizer>(
    () => (regKind === 'none' ? { kind: 'none' } : { kind: regKind, lambda, l1Ratio }),
    [regKind, lambda, l1Ratio],
  );
  return useMemo(() => ({ dataset, problem, window, slice, reg }), [dataset, problem, window, slice, reg]);
}

/** The request for one loss's surface at grid size G. */
export function requestFor(p: Problem, lossId: string, params: SurfaceRequest['params'], size: number): SurfaceRequest {
  return {
    dataset: p.dataset,
    lossId,
    params,
    grid: { u: p.window.u, v: p.window.v, size },
    reg: p.reg,
    slice: p.slice?.slice,
  };
}
