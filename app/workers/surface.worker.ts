/// <reference lib="webworker" />
// The float64 side of the surface view, off the main thread: whole surfaces when WebGL is missing
// or lost, and the regularization path of the optimum (25 warm-started optimizations).
import { regularizationPath, surfaceCpu, type SurfaceRequest } from '../../src/math/surface';
import { WORKER_READY } from './protocol';

export type JobBody =
  | { readonly kind: 'surface'; readonly req: SurfaceRequest }
  | { readonly kind: 'path'; readonly req: SurfaceRequest; readonly lambdas: readonly number[] };
export type Job = JobBody & { readonly id: number };

self.addEventListener('message', (e: MessageEvent<Job>) => {
  const job = e.data;
  try {
    if (job.kind === 'path') {
      self.postMessage({ id: job.id, path: regularizationPath(job.req, job.lambdas) });
      return;
    }
    const r = surfaceCpu(job.req);
    const value = Float64Array.from(r.value);
    const du = Float64Array.from(r.du);
    const dv = Float64Array.from(r.dv);
    self.postMessage({ id: job.id, result: { ...r, value, du, dv } }, { transfer: [value.buffer, du.buffer, dv.buffer] });
  } catch (err) {
    self.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});

self.postMessage(WORKER_READY);
