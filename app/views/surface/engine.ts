import {
  GpuContextLostError, loadLimitMs, WebglUnavailableError, withinLimit, type GpuRuntime,
} from '../../../src/math/gpu/backend';
import type { OwnDef } from '../../../src/math/own/def';
import {
  surfaceCpu, surfaceLoss, surfaceLossEntries, surfaceModel, withPenalty, type PathOptimum, type SurfaceRequest, type SurfaceResult,
} from '../../../src/math/surface';
import { createWorkerClient, WorkerFailedError } from './workerClient';

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
  /** Why the float64 worker failed, until a fresh one answers: its work runs inline or not at all. */
  readonly worker?: string;
}

type GpuModule = typeof import('../../../src/math/gpu/surface');

/**
 * Cells × samples × the model's relative cost per sample below which a surface is computed right here in
 * float64 instead: a coarse preview while dragging costs less on a CPU than one GPU round trip's fixed cost
 * of uploading, dispatching and reading back (README, Speed).
 */
const INLINE_BUDGET = 600_000;
export const INLINE_REASON = 'coarse preview while dragging, inline in float64';

function inline(req: SurfaceRequest): boolean {
  const cost = req.grid.size * req.grid.size * req.dataset.n * surfaceModel(req.dataset.kind).costPerSample;
  return cost <= INLINE_BUDGET && req.grid.size < 128;
}

/** Shown when only λR(w) was recomputed: the time is that of adding it to a data term already at hand. */
export const REUSED_NOTE = 'only λR(w) recomputed';

/** Numbers objects (datasets, slices) by identity: the view keeps them while only λ or the penalty change. */
function identities(): (o: object) => number {
  const ids = new WeakMap<object, number>();
  let next = 1;
  return (o) => {
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = next++));
    return id;
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Why the GPU is not used, fit for the badge: WebglUnavailableError's message alone does not say why. */
function unavailableReason(e: unknown): string {
  return e instanceof WebglUnavailableError ? `WebGL unavailable (${e.detail}) — computed on the CPU in float64` : message(e);
}

/**
 * The formula of a typed loss (issue 20), '' for a built-in: a typed loss keeps its id while its formula
 * changes, so every cache keyed by the loss id also keys on this.
 */
const formulaOf = (req: SurfaceRequest) => surfaceLoss(req.dataset.kind, req.lossId)?.typed?.text ?? '';

/** A kernel is one (model, loss) pair, for a typed loss one formula: a failure of one leaves the others on the GPU. */
const kernelKey = (req: SurfaceRequest) => `${req.dataset.kind}|${req.lossId}|${formulaOf(req)}`;

/** The typed losses the worker must compile for `req`: all the page's (as the page installed them), or none for a built-in. */
function ownFor(req: SurfaceRequest): { own?: readonly OwnDef[] } {
  if (!formulaOf(req)) return {};
  return { own: surfaceLossEntries().flatMap((e) => (e.typed ? [e.typed] : [])) };
}

/** The same request without its regularizer: the part that costs O(G²·N). */
const dataOnly = (req: SurfaceRequest): SurfaceRequest => ({ ...req, reg: { kind: 'none' } });

/** Data terms kept (two losses, coarse and full grids, a little history). */
const KEEP = 8;

/**
 * Computes surfaces on the GPU when it can and in a float64 Web Worker when it cannot; switches
 * automatically (WebGL missing or too slow to start, context lost, a kernel that fails, a loss without a
 * kernel) and tries to get the GPU back after a lost context. When the worker fails to load or dies, its
 * pending requests reject and surfaces are computed inline in float64; a later request tries a fresh
 * worker. One engine per mounted view; dispose() ends its worker.
 */
export function createSurfaceEngine(onStatus: (s: EngineStatus) => void) {
  let gpu: { mod: GpuModule; rt: GpuRuntime } | undefined;
  let gpuFailed: string | undefined;
  let lost: string | undefined;
  let starting: Promise<void> | undefined;
  // Kernels that threw something other than a lost context, with the reason: they stay on the CPU.
  const failedKernels = new Map<string, string>();
  const idOf = identities();
  let shown: EngineStatus = { backend: 'starting' };

  const status = (s: Partial<EngineStatus>) => {
    shown = { ...shown, ...s };
    onStatus(shown);
  };

  const worker = createWorkerClient(
    () => new Worker(new URL('../../workers/surface.worker.ts', import.meta.url), { type: 'module' }),
    (problem) => {
      if (problem !== shown.worker) status({ worker: problem });
    },
    loadLimitMs(),
  );

  /** What the data term of a request depends on: everything but the regularizer. */
  function dataKey(req: SurfaceRequest): string {
    const { grid } = req;
    const at = [idOf(req.dataset), req.lossId, formulaOf(req), JSON.stringify(req.params), grid.u, grid.v, grid.size, req.slice ? idOf(req.slice) : 0];
    return at.join('|');
  }

  async function start() {
    const load = (async () => {
      const mod = await import('../../../src/math/gpu/surface');
      return { mod, rt: await mod.loadWebgl() };
    })();
    try {
      gpu = await withinLimit(load, loadLimitMs(), 'the GPU code');
      status({ backend: 'webgl', reason: undefined });
    } catch (e) {
      gpuFailed = unavailableReason(e);
      status({ backend: 'cpu', reason: gpuFailed });
      // A load that was only late may still arrive: the GPU takes over then.
      load.then(
        (g) => {
          if (gpu || lost) return;
          gpu = g;
          gpuFailed = undefined;
          status({ backend: 'webgl', reason: undefined });
        },
        () => undefined,
      );
    }
  }

  const ask = worker.ask;

  /** The float64 surface, from the worker; computed inline on this thread when the worker has failed. */
  async function onCpu(req: SurfaceRequest, t0: number, reason: string | undefined): Promise<Computed> {
    try {
      const result = await ask<SurfaceResult>({ kind: 'surface', req, ...ownFor(req) });
      return { result, backend: 'cpu', ms: performance.now() - t0, reason };
    } catch (e) {
      if (!(e instanceof WorkerFailedError)) throw e;
      const result = surfaceCpu(req);
      const why = reason ? `${reason}; ${e.message}, so inline` : `${e.message}, so inline in float64`;
      return { result, backend: 'cpu', ms: performance.now() - t0, reason: why };
    }
  }

  async function recover(mod: GpuModule) {
    try {
      gpu = { mod, rt: await mod.recoverWebgl() };
      lost = undefined;
      failedKernels.clear();
      status({ backend: 'webgl', reason: undefined });
    } catch (e) {
      gpuFailed = unavailableReason(e);
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
      reason = failedKernels.get(kernelKey(req));
      if (reason === undefined) {
        try {
          const result = await g.mod.surfaceGpu(g.rt, req);
          return { result, backend: 'webgl', ms: performance.now() - t0 };
        } catch (e) {
          if (e instanceof GpuContextLostError) {
            gpu = undefined;
            lost = e.message;
            reason = e.message;
            status({ backend: 'cpu', reason: e.message });
            void recover(g.mod);
          } else {
            // A shader that does not compile or link, a read-back that throws: this kernel goes to the CPU.
            reason = `the WebGL kernel failed (${message(e)}) — computed on the CPU in float64`;
            failedKernels.set(kernelKey(req), reason);
          }
        }
      }
    }
    return onCpu(req, t0, reason);
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
    path: (req: SurfaceRequest, lambdas: readonly number[]) => ask<PathOptimum[]>({ kind: 'path', req, lambdas, ...ownFor(req) }),
    dispose: worker.dispose,
  };
}

export type SurfaceEngine = ReturnType<typeof createSurfaceEngine>;
