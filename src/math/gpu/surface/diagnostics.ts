import { surfaceCpu } from '../../surface/surfaceCpu';
import type { SurfaceRequest } from '../../surface/types';
import { contextLost, GpuContextLostError, recoverWebgl, restartWebgl, type GpuRuntime } from '../backend';
import { compareSurfaces, type SurfaceAgreement } from './agreement';
import { surfaceCases } from './checkCases';
import { surfaceGpu } from './surfaceGpu';

export interface SurfaceCheckRow {
  readonly presetId: string;
  readonly lossId: string;
  readonly params: string;
  readonly reg: string;
  readonly size: number;
  /** What the loss column shows when the loss is not a registry entry the table can name (a typed formula). */
  readonly title?: string;
  readonly agreement?: SurfaceAgreement;
  readonly error?: string;
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
const paramText = (req: SurfaceRequest) =>
  Object.entries(req.params).map(([k, v]) => `${k} = ${v}`).join(', ') || 'defaults';
const regText = (req: SurfaceRequest) => (req.reg.kind === 'none' ? 'none' : `${req.reg.kind} λ = ${req.reg.lambda}`);

/** One case: the fused GPU surface against surfaceCpu, relative to each field's range. */
export async function checkCase(rt: GpuRuntime, presetId: string, req: SurfaceRequest, title?: string): Promise<SurfaceCheckRow> {
  const head = { presetId, lossId: req.lossId, params: paramText(req), reg: regText(req), size: req.grid.size, ...(title ? { title } : {}) };
  try {
    return { ...head, agreement: compareSurfaces(await surfaceGpu(rt, req), surfaceCpu(req), req) };
  } catch (e) {
    return { ...head, error: message(e) };
  }
}

/** Every preset × loss: the fused GPU surface against surfaceCpu, relative to each field's range. */
export async function runSurfaceCheck(rt: GpuRuntime, size?: number): Promise<SurfaceCheckRow[]> {
  const rows: SurfaceCheckRow[] = [];
  for (const { presetId, req } of surfaceCases(size)) rows.push(await checkCase(rt, presetId, req));
  return rows;
}

/**
 * The same comparison with tfjs restarted under WebGL 1, where the sample loop has a constant bound and
 * breaks at the uniform; WebGL 2 is restored afterwards, whatever happens.
 */
export async function runWebgl1Check(size = 33): Promise<{ webglVersion: number; rows: SurfaceCheckRow[] }> {
  try {
    const rt = await restartWebgl(1);
    return { webglVersion: rt.webglVersion, rows: await runSurfaceCheck(rt, size) };
  } finally {
    await restartWebgl(2);
  }
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

const loseContext = (rt: GpuRuntime) => rt.backend.gpgpu.gl.getExtension('WEBGL_lose_context')?.loseContext();

async function outcomeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'resolved';
  } catch (e) {
    return `rejected: ${e instanceof GpuContextLostError ? e.name : message(e)}`;
  }
}

/**
 * Loses the WebGL context on purpose (WEBGL_lose_context), between calls and during one, and records what
 * happens: surfaceGpu rejects with GpuContextLostError, the caller falls back to surfaceCpu, and
 * recoverWebgl() builds a fresh context on which the GPU surface agrees with float64 again.
 */
export async function runContextLossCheck(rt: GpuRuntime): Promise<{ steps: ContextStep[]; runtime: GpuRuntime }> {
  const req = surfaceCases(33).find((c) => c.req.lossId === 'hinge')!.req;
  const big = { ...req, grid: { ...req.grid, size: 256 } };
  const steps: ContextStep[] = [];
  const step = (name: string, outcome: string) => steps.push({ step: name, outcome });
  const agrees = async (r: GpuRuntime) => (compareSurfaces(await surfaceGpu(r, req), surfaceCpu(req), req).agrees ? 'agrees with float64' : 'disagrees');

  loseContext(rt);
  step('lose context', contextLost(rt) ? 'lost' : 'still alive');
  step('surface after loss', await outcomeOf(surfaceGpu(rt, req)));
  step('CPU fallback', surfaceCpu(req).problem ? 'failed' : 'float64 surface ready');
  let runtime = await recoverWebgl();
  step('recover', `backend ${runtime.tf.getBackend()}, context ${contextLost(runtime) ? 'lost' : 'alive'}`);
  step('surface after recovery', await agrees(runtime));

  const during = surfaceGpu(runtime, big);
  loseContext(runtime);
  step('lose during a surface', await outcomeOf(during));
  runtime = await recoverWebgl();
  step('surface after second recovery', await agrees(runtime));
  return { steps, runtime };
}
