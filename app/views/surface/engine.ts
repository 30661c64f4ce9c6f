import { surfaceCpu, withPenalty, type PathOptimum, type SurfaceRequest, type SurfaceResult } from '../../../src/math/surface';
import type { JobBody } from '../../workers/surface.worker';

export type Backend = 'webgl' | 'cpu';

export interface Computed {
  readonly result: SurfaceResult;
  readonly backend: Backend;
  /** Wall time of this computation, ms. */
  readonly ms: number;
  /** Why the CPU computed it, when it did. */
  readonly reason?: string;
  /** How it was computed, when that is not the whole story (REUSED_NOTE). */
  readonly note?: string;
}

export interface EngineStatus {
  readonly backend: Backend | 'starting';
  /** Why the CPU path is in use, when it is. */
  readonly reason?: string;
}

type GpuModule = typeof import('../../../src/math/gpu/surface');

/**
 * Cells × points below which a surface is computed right here in float64 instead: a coarse preview
 * while dragging (48² × 200 ≈ 0.5 M) costs ~2 ms on a CPU, less than one GPU round trip's fixed cost
 * of uploading, dispatching and reading back. The 3-class slice is ~20× dearer per point: never inline.
 */
const INLINE_BUDGET = 600_000;
export const INLINE_REASON = 'coarse preview while dragging, inline in float64';

function inline(req: SurfaceRequest): boolean {
  return req.dataset.kind !== 'softmax3' && req.grid.size * req.grid.size * req.dataset.n <= INLINE_BUDGET && req.grid.size < 128;
}
type Runtime = Awaited<ReturnType<GpuModule['loadWebgl']>>;

/** Shown when only λR(w) was recomputed: the time is that of adding it to a data term already at hand. */
export const REUSED_NOTE = 'only λR(w) recomputed';

// Objects (datasets, slices) are keyed by identity: the view keeps them while only λ or the penalty change.
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/** What the data term of a request depends on: everything but the regularizer. */
function dataKey(req: SurfaceRequest): string {
  const { grid } = req;
  return [idOf(req.dataset), req.lossId, JSON.stringify(req.params), grid.u, grid.v, grid.size, req.slice ? idOf(req.slice) : 0].join('|');
}

/** The same request without its regularizer: the part that costs O(G²·N). */
const dataOnly = (req: SurfaceRequest): SurfaceRequest => ({ ...req, reg: { kind: 'none' } });

/** Data terms kept (two losses, coarse and full grids, a little history). */
const KEEP = 8;

/**
 * Computes surfaces on the GPU when it can and in a float64 Web Worker when it cannot; switches
 * automatically (WebGL missing, context lost, a loss without a kernel) and tries to get the GPU
 * back after a lost context. One engine per mounted view; dispose() ends its worker.
 */
export function createSurfaceEngine(onStatus: (s: EngineStatus) => void) {
  let gpu: { mod: GpuModule; rt: Runtime } | undefined;
  let gpuFailed: string | undefined;
  let lost: string | undefined;
  let starting: Promise<void> | undefined;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();

  const status = (s: EngineStatus) => onStatus(s);

  async function start() {
    try {
      const mod = await import('../../../src/math/gpu/surface');
      const rt = await mod.loadWebgl();
      gpu = { mod, rt };
      status({ backend: 'webgl' });
    } catch (e) {
      gpuFailed = e instanceof Error ? e.message : String(e);
      status({ backend: 'cpu', reason: gpuFailed });
    }
  }

  function cpuWorker(): Worker {
    if (!worker) {
      worker = new Worker(new URL('../../workers/surface.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e: MessageEvent<{ id: number; result?: SurfaceResult; path?: PathOptimum[]; error?: string }>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        if (!p) return;
        const answer = e.data.result ?? e.data.path;
        if (answer) p.resolve(answer as never);
        else p.reject(new Error(e.data.error ?? 'the CPU worker failed'));
      });
    }
    return worker;
  }

  function ask<T>(job: JobBody): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: never) => void, reject });
      cpuWorker().postMessage({ ...job, id });
    });
  }
  const onCpu = (req: SurfaceRequest) => ask<SurfaceResult>({ kind: 'surface', req });

  async function recover(mod: GpuModule) {
    try {
      gpu = { mod, rt: await mod.recoverWebgl() };
      lost = undefined;
      status({ backend: 'webgl' });
    } catch (e) {
      gpuFailed = e instanceof Error ? e.message : String(e);
    }
  }

  // The data term of recent requests, oldest first: changing λ, the penalty or l1_ratio reuses it.
  const dataTerms = new Map<string, Computed>();
  function keep(req: SurfaceRequest, data: Computed) {
    const key = dataKey(req);
    dataTerms.delete(key);
    dataTerms.set(key, data);
    for (const old of dataTerms.keys()) {
      if (dataTerms.size <= KEEP) break;
      dataTerms.delete(old);
    }
  }
  function penalised(req: SurfaceRequest, data: Computed, t0: number): Computed {
    return { ...data, result: withPenalty(data.result, req), ms: performance.now() - t0 };
  }

  /** The surface of `req` at once when its data term is at hand (only the regularizer changed), else undefined. */
  function cached(req: SurfaceRequest): Computed | undefined {
    const t0 = performance.now();
    const data = dataTerms.get(dataKey(req));
    return data && { ...penalised(req, data, t0), note: REUSED_NOTE };
  }

  async function compute(req: SurfaceRequest): Promise<Computed> {
    const hit = cached(req);
    if (hit) return hit;
    const t0 = performance.now();
    const data = await computeData(dataOnly(req));
    keep(req, data);
    return penalised(req, data, t0);
  }

  async function computeData(req: SurfaceRequest): Promise<Computed> {
    starting ??= start();
    await starting;
    const t0 = performance.now();
    let reason = gpu ? 'no WebGL kernel for this loss' : (lost ?? gpuFailed);
    if (gpu && gpu.mod.surfaceKernel(req.dataset.kind, req.lossId)) {
      const g = gpu;
      try {
        const result = await g.mod.surfaceGpu(g.rt, req);
        return { result, backend: 'webgl', ms: performance.now() - t0 };
      } catch (e) {
        if (!(e instanceof g.mod.GpuContextLostError)) throw e;
        gpu = undefined;
        lost = e.message;
        reason = e.message;
        status({ backend: 'cpu', reason: e.message });
        void recover(g.mod);
      }
    }
    const result = await onCpu(req);
    return { result, backend: 'cpu', ms: performance.now() - t0, reason };
  }

  /** A cheap preview (see isInline), computed synchronously so it can land in the same frame as the input. */
  function computeInline(req: SurfaceRequest): Computed {
    const t0 = performance.now();
    const data: Computed = { result: surfaceCpu(dataOnly(req)), backend: 'cpu', ms: performance.now() - t0, reason: INLINE_REASON };
    keep(req, data);
    return penalised(req, data, t0);
  }

  return {
    compute,
    computeInline,
    cached,
    /** Whether compute(req) runs inline (cheap, synchronous work): such requests need not queue. */
    isInline: inline,
    /** The regularized optimum for each λ, traced in the worker. */
    path: (req: SurfaceRequest, lambdas: readonly number[]) => ask<PathOptimum[]>({ kind: 'path', req, lambdas }),
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(new Error('the surface view closed'));
      pending.clear();
    },
  };
}

export type SurfaceEngine = ReturnType<typeof createSurfaceEngine>;
