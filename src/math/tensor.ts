import type { Inputs, Params, LossSpec } from './types';

/** Thrown for inputs or parameters a loss cannot accept; the message names the culprit. */
export class LossInputError extends Error {
  override name = 'LossInputError';
}

function isNumArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

/** The input `name` as a vector [n]. */
export function vec(inputs: Inputs, name: string): readonly number[] {
  const v = inputs[name];
  if (!isNumArray(v)) throw new LossInputError(`input "${name}" must be an array of numbers`);
  return v;
}

/** The input `name` as a matrix [n][C] with rows of equal length. */
export function mat(inputs: Inputs, name: string): readonly (readonly number[])[] {
  const v = inputs[name];
  if (!Array.isArray(v) || !v.every(isNumArray)) {
    throw new LossInputError(`input "${name}" must be a matrix (array of number arrays)`);
  }
  const rows = v as number[][];
  if (rows.some((r) => r.length !== rows[0]!.length)) {
    throw new LossInputError(`input "${name}" has rows of different lengths`);
  }
  return rows;
}

/** The input `name` as a cube [N][M][d]. */
export function cube(inputs: Inputs, name: string): readonly (readonly (readonly number[])[])[] {
  const v = inputs[name];
  if (!Array.isArray(v) || !v.every((m) => Array.isArray(m) && m.every(isNumArray))) {
    throw new LossInputError(`input "${name}" must be a 3-level nested array of numbers`);
  }
  return v as number[][][];
}

/** Throws unless every listed vector has the same length; returns it. */
export function sameLength(...vs: readonly (readonly unknown[])[]): number {
  const n = vs[0]!.length;
  if (vs.some((v) => v.length !== n)) throw new LossInputError('inputs have different lengths');
  if (n === 0) throw new LossInputError('a batch needs at least one sample');
  return n;
}

/** A numeric parameter; throws a clear error when absent or not a number. */
export function num(params: Params, name: string): number {
  const v = params[name];
  if (typeof v !== 'number' || Number.isNaN(v)) throw new LossInputError(`parameter "${name}" must be a number`);
  return v;
}

/** A string option; throws unless it is one of `choices`. */
export function option<T extends string>(params: Params, name: string, choices: readonly T[]): T {
  const v = params[name];
  if (typeof v !== 'string' || !choices.includes(v as T)) {
    throw new LossInputError(`option "${name}" must be one of ${choices.join(', ')}`);
  }
  return v as T;
}

/** A 'true' / 'false' option (PyTorch's boolean keywords: log_input, full, swap) as a boolean. */
export function flag(params: Params, name: string): boolean {
  return option(params, name, ['false', 'true'] as const) === 'true';
}

/** The spec's defaults, overridden by whatever `given` sets. */
export function withDefaults(spec: LossSpec, given: Params = {}): Params {
  const out: Record<string, number | string> = {};
  for (const p of spec.params) out[p.name] = p.default;
  for (const o of spec.options ?? []) out[o.name] = o.default;
  return { ...out, ...given };
}

/** A zero matrix shaped like `m`. */
export function zerosLike(m: readonly (readonly number[])[]): number[][] {
  return m.map((r) => r.map(() => 0));
}
