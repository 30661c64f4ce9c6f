/// <reference lib="webworker" />
// The float64 side of the surface view, off the main thread: whole surfaces when WebGL is missing
// or lost, and the regularization path of the optimum (25 warm-started optimizations).
import type { OwnDef } from '../../src/math/own/def';
import { regularizationPath, surfaceCpu, type SurfaceRequest } from '../../src/math/surface';
import { WORKER_READY } from './protocol';

export type JobBody = (
  | { readonly kind: 'surface'; readonly req: SurfaceRequest }
  | { readonly kind: 'path'; readonly req: SurfaceRequest; readonly lambdas: readonly number[] }
) & {
  /** The typed losses (issue 20) when the request uses one: the worker compiles them as the page did. */
  readonly own?: readonly OwnDef[];
};
export type Job = JobBody & { readonly id: number };

let installedKey = '';
let installer: Promise<typeof import('../../src/math/own/install')> | undefined;

/**
 * Installs the typed losses a job names, once per set of formulas: the parser's chunk loads on the first typed
 * job. Every job resumes from its await and then installs and computes without yielding, so jobs that name
 * different formulas cannot interleave.
 */
async function installFor(own: readonly OwnDef[] | undefined): Promise<void> {
  if (!own) return;
  const key = JSON.stringify(own.map((d) => [d.id, d.axis, d.text]));
  if (key === installedKey) return;
  // A chunk that failed to load is asked for again by the next typed job.
  const { installOwn } = await (installer ??= import('../../src/math/own/install').catch((e: unknown) => {
    installer = undefined;
    throw e;
  }));
  if (key === installedKey) return;
  installOwn(own);
  installedKey = key;
}

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
  if (!job.own) {
    try {
      answer(job);
    } catch (err) {
      fail(err);
    }
    return;
  }
  installFor(job.own).then(() => answer(job)).catch(fail);
});

self.postMessage(WORKER_READY);
