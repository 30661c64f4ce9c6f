/// <reference lib="webworker" />
// The float64 side of the surface view, off the main thread: whole surfaces when WebGL is missing
// or lost, and the regularization path of the optimum (25 warm-started optimizations).
import type { OwnDef } from '../../src/math/own/def';
import { regularizationPath, surfaceCpu, type SurfaceRequest } from '../../src/math/surface';
import { createOwnInstaller } from './ownInstaller';
import { WORKER_READY } from './protocol';

export type JobBody = (
  | { readonly kind: 'surface'; readonly req: SurfaceRequest }
  | { readonly kind: 'path'; readonly req: SurfaceRequest; readonly lambdas: readonly number[] }
) & {
  /** The typed losses (issue 20) when the request uses one: the worker compiles them as the page did. */
  readonly own?: readonly OwnDef[];
};
export type Job = JobBody & { readonly id: number };

// The parser's chunk loads on the first job that names a typed loss.
const withOwn = createOwnInstaller(async () => (await import('../../src/math/own/install')).installOwn);

function answer(job: Job) {
  if (job.kind === 'path') {
    self.postMessage({ id: job.id, path: regularizationPath(job.req, job.lambdas) });
    return;
  }
  const r = surfaceCpu(job.req);
  const value = Float64Array.from(r.value);
  const du = Float64Array.from(r.du);
  const dv = Float64Array.from(r.dv);
  self.postMessage({ id: job.id, result: { ...r, value, du, dv } }, { transfer: [value.buffer, du.buffer, dv.buffer] });
}

self.addEventListener('message', (e: MessageEvent<Job>) => {
  const job = e.data;
  const fail = (err: unknown) => self.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  withOwn(job.own, () => answer(job)).catch(fail);
});

self.postMessage(WORKER_READY);
