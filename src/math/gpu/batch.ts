import { mean } from '../numerics';
import { getLoss } from '../losses';
import { LossInputError, sameLength, withDefaults } from '../tensor';
import type { LossSpec, Params } from '../types';

/** A batch of n (x, target) pairs for a loss with one differentiable vector input. */
export interface LossBatch {
  readonly x: readonly number[];
  readonly target: readonly number[];
}

/** Per-sample loss ℓᵢ and ∂ℓᵢ/∂xᵢ (not divided by n), and the batch mean of ℓ. */
export interface BatchResult {
  readonly value: Float64Array;
  readonly derivative: Float64Array;
  readonly mean: number;
}

/** The spec of `lossId`; throws a clear error for an unknown id. */
export function specOf(lossId: string): LossSpec {
  const spec = getLoss(lossId);
  if (!spec) throw new LossInputError(`unknown loss "${lossId}"`);
  return spec;
}

/** Names of the spec's input x (the differentiable one) and its target. */
export function batchInputNames(spec: LossSpec): { x: string; target: string } {
  const x = spec.inputs.find((i) => i.differentiable);
  const target = spec.inputs.find((i) => !i.differentiable);
  if (!x || !target || spec.inputs.length !== 2) {
    throw new LossInputError(`loss "${spec.id}" is not a per-sample (x, target) loss`);
  }
  return { x: x.name, target: target.name };
}

/**
 * Float64 reference through the registry spec: each sample as a one-element batch through
 * `value` and `grad`, so ℓᵢ and ∂ℓᵢ/∂xᵢ are exactly what the spec defines; the mean is the
 * spec's own batch value.
 */
export function evaluateOnCpu(lossId: string, batch: LossBatch, params: Params = {}): BatchResult {
  const spec = specOf(lossId);
  const names = batchInputNames(spec);
  const p = withDefaults(spec, params);
  const n = sameLength(batch.x, batch.target);
  const value = new Float64Array(n);
  const derivative = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const one = { [names.x]: [batch.x[i]!], [names.target]: [batch.target[i]!] };
    value[i] = spec.value(one, p);
    derivative[i] = (spec.grad(one, p)[names.x] as readonly number[])[0]!;
  }
  const whole = { [names.x]: batch.x, [names.target]: batch.target };
  return { value, derivative, mean: spec.value(whole, p) };
}

/** Mean of per-sample values, in float64 (for GPU results read back as float32). */
export function meanOf(values: ArrayLike<number>): number {
  return mean(Array.from(values));
}
