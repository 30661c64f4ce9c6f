import { surfaceCpu } from '../../surface/surfaceCpu';
import type { SurfaceRequest } from '../../surface/types';
import { contextLost, GpuContextLostError, recoverWebgl, type GpuRuntime } from '../backend';
import { compareSurfaces, type SurfaceAgreement } from './agreement';
import { surfaceCases } from './checkCases';
import { surfaceGpu } from './surfaceGpu';

export interface SurfaceCheckRow {
  readonly presetId: string;
  readonly lossId: string;
  readonly params: string;
  readonly reg: string;
  readonly size: number;
  readonly agreement?: SurfaceAgreement;
  readonly error?: string;
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
const paramText = (req: SurfaceRequest) =>
  Object.entries(req.params).map(([k, v]) => `${k} = ${v}`).join(', ') || 'defaults';
const regText = (req: SurfaceRequest) => (req.reg.kind === 'none' ? 'none' : `${req.reg.kind} λ = ${req.reg.lambda}`);

/** Every preset × loss: the fused GPU surface against surfaceCpu, relative to each field's range. */
export async function runSurfaceCheck(rt: GpuRuntime, size?: number): Promise<SurfaceCheckRow[]> {
  const rows: SurfaceCheckRow[] = [];
  for (const { presetId, req } of surfaceCases(size)) {
    const head = { presetId, lossId: req.lossId, params: paramText(req), reg: regText(req), size: req.grid.size };
    try {
      rows.push({ ...head, agreement: compareSurfaces(await surfaceGpu(rt, req), surfaceCpu(req)) });
    } catch (e) {
      rows.push({ ...head, error: message(e) });
    }
  }
  return rows;
}

export interface MemorySnapshot {
  readonly numTensors: number;
  readonly numBytes: number;
  /** Bytes of textures tfjs holds, in use or pooled (webgl backend only). */
  readonly numBytesInGPUAllocated: number;
}

function snapshot(rt: GpuRuntime): MemorySnapshot {
  const m = rt.tf.memory() as { numTensors: number; numBytes: number; numBytesInGPUAllocated?: number };
  return { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPUAllocated: m.numBytesInGPUAllocated ?? 0 };
}

/**
 * tf.memory() before and after `calls` surface evaluations that cycle through losses, λ, a moved point
 * and a coarse/fine grid (as a drag does); one warm-up round first compiles every program involved.
 */
export async function runMemoryCheck(rt: GpuRuntime, calls = 200): Promise<{ before: MemorySnapshot; after: MemorySnapshot; calls: number }> {
  const cases = surfaceCases(33).filter((c) => c.presetId === 'reg-outliers' || c.presetId === 'bin-overlap' || c.presetId === 'soft-blobs');
  const variants: SurfaceRequest[] = cases.flatMap(({ req }) => [req, { ...req, grid: { ...req.grid, size: 96 } }]);
  const at = (k: number): SurfaceRequest => {
    const req = variants[k % variants.length]!;
    const x = Float64Array.from(req.dataset.x);
    x[0] = x[0]! + 0.01 * (k % 7); // a point being dragged: same N, new data
    return { ...req, dataset: { ...req.dataset, x } };
  };
  for (let k = 0; k < variants.length; k++) await surfaceGpu(rt, at(k));
  const before = snapshot(rt);
  for (let k = 0; k < calls; k++) await surfaceGpu(rt, at(k));
  return { before, after: snapshot(rt), calls };
}

export interface ContextStep {
  readonly step: string;
  readonly outcome: string;
}

/**
 * Loses the WebGL context on purpose (WEBGL_lose_context) and records what happens: the next surfaceGpu
 * rejects with GpuContextLostError, the caller falls back to surfaceCpu, recoverWebgl() builds a fresh
 * context and the GPU surface agrees with float64 again. Returns the steps and the recovered runtime.
 */
export async function runContextLossCheck(rt: GpuRuntime): Promise<{ steps: ContextStep[]; runtime: GpuRuntime }> {
  const req = surfaceCases(33).find((c) => c.req.lossId === 'hinge')!.req;
  const steps: ContextStep[] = [];
  const ext = rt.backend.gpgpu.gl.getExtension('WEBGL_lose_context');
  if (!ext) return { steps: [{ step: 'lose context', outcome: 'WEBGL_lose_context is not available' }], runtime: rt };
  ext.loseContext();
  steps.push({ step: 'lose context', outcome: contextLost(rt) ? 'lost' : 'still alive' });
  let cpuFallback = false;
  try {
    await surfaceGpu(rt, req);
    steps.push({ step: 'surface after loss', outcome: 'resolved (unexpected)' });
  } catch (e) {
    steps.push({ step: 'surface after loss', outcome: `rejected: ${e instanceof GpuContextLostError ? e.name : message(e)}` });
    cpuFallback = !surfaceCpu(req).problem;
  }
  steps.push({ step: 'CPU fallback', outcome: cpuFallback ? 'float64 surface ready' : 'failed' });
  const runtime = await recoverWebgl();
  steps.push({ step: 'recover', outcome: `backend ${runtime.tf.getBackend()}, context ${contextLost(runtime) ? 'lost' : 'alive'}` });
  const again = compareSurfaces(await surfaceGpu(runtime, req), surfaceCpu(req));
  steps.push({ step: 'surface after recovery', outcome: again.agrees ? 'agrees with float64' : 'disagrees' });
  return { steps, runtime };
}
