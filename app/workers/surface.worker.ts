/// <reference lib="webworker" />
// The float64 CPU path for surfaces, off the main thread: used when WebGL is missing or lost.
import { surfaceCpu, type SurfaceRequest } from '../../src/math/surface';

interface Job {
  readonly id: number;
  readonly req: SurfaceRequest;
}

self.addEventListener('message', (e: MessageEvent<Job>) => {
  const { id, req } = e.data;
  try {
    const r = surfaceCpu(req);
    const value = Float64Array.from(r.value);
    const du = Float64Array.from(r.du);
    const dv = Float64Array.from(r.dv);
    self.postMessage({ id, result: { ...r, value, du, dv } }, { transfer: [value.buffer, du.buffer, dv.buffer] });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
