import { seededRng } from '../random';
import type { Params } from '../types';
import { compareBatch, type Agreement } from './agreement';
import type { GpuRuntime } from './backend';
import { batchInputNames, evaluateOnCpu, specOf, type BatchResult, type LossBatch } from './batch';
import { evaluateOnGpu } from './lossBatchProgram';

/** The GPU-vs-float64 diagnostic: which losses, with which (non-default) parameters. */
export interface CheckCase {
  readonly lossId: string;
  readonly params: Params;
}

export const CHECK_CASES: readonly CheckCase[] = [
  { lossId: 'mse', params: {} },
  { lossId: 'huber', params: { delta: 0.75 } },
  { lossId: 'hinge', params: { margin: 1.5 } },
  { lossId: 'bce_logits', params: {} },
];

const SEED = 2025;
/** Odd on purpose once TAILS is added: the last packed texel is half padding. */
const SAMPLES = 256;
/** Inputs far in the tails, where a naive log(1 + eˣ) overflows float32. */
const TAILS = [-80, -30, 0, 30, 80, 2.5e-3, -2.5e-3];

/** The fixed batch for `lossId`: the spec's own seeded sample plus the tail inputs. */
export function checkBatch(lossId: string): LossBatch {
  const spec = specOf(lossId);
  const names = batchInputNames(spec);
  const s = spec.sample(seededRng(SEED), SAMPLES);
  const x = s[names.x] as readonly number[];
  const t = s[names.target] as readonly number[];
  return { x: [...x, ...TAILS], target: [...t, ...t.slice(0, TAILS.length)] };
}

export interface CpuRow {
  readonly check: CheckCase;
  readonly batch?: LossBatch;
  readonly cpu?: BatchResult;
  readonly error?: string;
}

export interface GpuRow {
  readonly lossId: string;
  readonly agreement?: Agreement;
  /** First call: includes compiling this loss's shader. */
  readonly firstMs?: number;
  /** A second, warm call on the same batch. */
  readonly warmMs?: number;
  readonly error?: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Float64 results for every check case; a missing spec becomes an error row, not a throw. */
export function runCpuCheck(cases: readonly CheckCase[] = CHECK_CASES): CpuRow[] {
  return cases.map((check) => {
    try {
      const batch = checkBatch(check.lossId);
      return { check, batch, cpu: evaluateOnCpu(check.lossId, batch, check.params) };
    } catch (e) {
      return { check, error: message(e) };
    }
  });
}

/** Runs each case on the GPU twice (cold, warm) and compares with its float64 result. */
export async function runGpuCheck(rt: GpuRuntime, rows: readonly CpuRow[]): Promise<GpuRow[]> {
  const out: GpuRow[] = [];
  for (const { check, batch, cpu } of rows) {
    if (!batch || !cpu) {
      out.push({ lossId: check.lossId, error: 'no float64 reference' });
      continue;
    }
    try {
      const t0 = performance.now();
      await evaluateOnGpu(rt, check.lossId, batch, check.params);
      const t1 = performance.now();
      const gpu = await evaluateOnGpu(rt, check.lossId, batch, check.params);
      const t2 = performance.now();
      out.push({ lossId: check.lossId, agreement: compareBatch(gpu, cpu), firstMs: t1 - t0, warmMs: t2 - t1 });
    } catch (e) {
      out.push({ lossId: check.lossId, error: message(e) });
    }
  }
  return out;
}
