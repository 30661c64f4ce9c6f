import { median } from 'd3-array';
import { makeDataset } from '../../surface/presets';
import { surfaceCpu } from '../../surface/surfaceCpu';
import type { SurfaceRequest } from '../../surface/types';
import type { GpuRuntime } from '../backend';
import { compareSurfaces, type SurfaceAgreement } from './agreement';
import { surfaceStockOps } from './stockOps';
import { surfaceGpu } from './surfaceGpu';

/** The sizes the benchmark asks for: (G, N). */
export const BENCH_SIZES: readonly (readonly [g: number, n: number])[] = [
  [64, 200],
  [128, 1000],
  [256, 1000],
];

export interface SurfaceTiming {
  readonly lossId: string;
  readonly g: number;
  readonly n: number;
  /** First fused call at this (G, N): includes compiling its program. */
  readonly fusedFirstMs: number;
  /** Medians of warm calls (`runs` fused, `slowRuns` CPU and stock), each with upload and read-back. */
  readonly fusedMs: number;
  readonly cpuMs: number;
  readonly stockMs: number;
  readonly runs: number;
  readonly slowRuns: number;
  /** Largest field error relative to its range against surfaceCpu: the fused path and the stock one. */
  readonly fusedError: number;
  readonly stockError: number;
}

const worst = (a: SurfaceAgreement) => (a.nanMismatch ? Infinity : Math.max(a.value.relative, a.du.relative, a.dv.relative));

async function timed(run: () => unknown, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return median(ms) ?? NaN;
}

/** The benchmark request: the overlapping binary preset regenerated with N points on its G×G window. */
export function benchRequest(lossId: string, g: number, n: number): SurfaceRequest {
  const kind = lossId === 'mse' || lossId === 'mae' ? 'reg-noisy' : 'bin-overlap';
  const dataset = makeDataset(kind, 11, n)!;
  const grid = kind === 'reg-noisy' ? { u: [-1, 4] as const, v: [-3, 4] as const, size: g } : { u: [-4, 4] as const, v: [-4, 4] as const, size: g };
  return { dataset, lossId, params: {}, grid, reg: { kind: 'l2', lambda: 0.05, l1Ratio: 0.5 } };
}

/**
 * Value + gradient field through (a) the fused WebGL program, (b) the float64 surfaceCpu on this
 * thread, (c) stock tfjs-webgl ops, at each (G, N), all in one run; medians of warm calls (one
 * warm-up call each first; `runs` for the fused path, `slowRuns` for the seconds-long other two).
 * Times include upload and read-back, as the view sees them.
 */
export async function benchSurface(
  rt: GpuRuntime,
  o: { lossId?: string; sizes?: readonly (readonly [number, number])[]; runs?: number; slowRuns?: number } = {},
): Promise<SurfaceTiming[]> {
  const lossId = o.lossId ?? 'hinge';
  const runs = o.runs ?? 7;
  const slowRuns = o.slowRuns ?? 3;
  const out: SurfaceTiming[] = [];
  for (const [g, n] of o.sizes ?? BENCH_SIZES) {
    const req = benchRequest(lossId, g, n);
    const t0 = performance.now();
    const fused = await surfaceGpu(rt, req);
    const fusedFirstMs = performance.now() - t0;
    const fusedMs = await timed(() => surfaceGpu(rt, req), runs);
    const cpu = surfaceCpu(req);
    const cpuMs = await timed(() => surfaceCpu(req), slowRuns);
    const stock = await surfaceStockOps(rt.tf, req);
    const stockMs = await timed(() => surfaceStockOps(rt.tf, req), slowRuns);
    const fusedError = worst(compareSurfaces(fused, cpu, req));
    const stockError = worst(compareSurfaces(stock, cpu, req));
    out.push({ lossId, g, n, fusedFirstMs, fusedMs, cpuMs, stockMs, runs, slowRuns, fusedError, stockError });
  }
  return out;
}
