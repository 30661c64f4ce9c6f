import type { SurfaceRequest, SurfaceResult } from '../../../src/math/surface';

export type Backend = 'webgl' | 'cpu';

export interface Computed {
  readonly result: SurfaceResult;
  readonly backend: Backend;
  /** Wall time of this computation, ms. */
  readonly ms: number;
  /** Why the CPU computed it, when it did. */
  readonly reason?: string;
}

export interface EngineStatus {
  readonly backend: Backend | 'starting';
  /** Why the CPU path is in use, when it is. */
  readonly reason?: string;
}

type GpuModule = typeof import('../../../src/math/gpu/surface');
type Runtime = Awaited<ReturnType<GpuModule['loadWebgl']>>;

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
  const pending = new Map<number, { resolve: (r: SurfaceResult) => void; reject: (e: Error) => void }>();

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
      worker.addEventListener('message', (e: MessageEvent<{ id: number; result?: SurfaceResult; error?: string }>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        if (!p) return;
        if (e.data.result) p.resolve(e.data.result);
        else p.reject(new Error(e.data.error ?? 'the CPU worker failed'));
      });
    }
    return worker;
  }

  function onCpu(req: SurfaceRequest): Promise<SurfaceResult> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      cpuWorker().postMessage({ id, req });
    });
  }

  async function recover(mod: GpuModule) {
    try {
      gpu = { mod, rt: await mod.recoverWebgl() };
      lost = undefined;
      status({ backend: 'webgl' });
    } catch (e) {
      gpuFailed = e instanceof Error ? e.message : String(e);
    }
  }

  async function compute(req: SurfaceRequest): Promise<Computed> {
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

  return {
    compute,
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(new Error('the surface view closed'));
      pending.clear();
    },
  };
}

export type SurfaceEngine = ReturnType<typeof createSurfaceEngine>;
