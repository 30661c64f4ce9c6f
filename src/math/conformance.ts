import { getLoss } from './losses';
import type { Grads, Inputs, Params, Tensor } from './types';

/** One case of a `loss-reference/1` file. */
export interface RefCase {
  readonly id: string;
  readonly loss: string;
  readonly params: Params;
  readonly inputs: Inputs;
  readonly value: number;
  readonly grad: Readonly<Record<string, Tensor>>;
  readonly note?: string;
}

export interface CaseResult {
  readonly id: string;
  readonly loss: string;
  readonly pass: boolean;
  /** Worst |got − want| over value and gradients, and where it was. */
  readonly worst: { readonly where: string; readonly got: number; readonly want: number; readonly diff: number };
  /**
   * Relative errors: the value's |got − want| / |want| (0 when both are 0; left out when only want is 0), and the
   * worst gradient entry's |got − want| / (largest |want| in its array), the normwise measure of the reference notes.
   */
  readonly relative?: { readonly value?: number; readonly grad?: number };
  readonly error?: string;
}

export const RTOL = 1e-9;
export const ATOL = 1e-12;

/** Thrown when a file is not a readable `loss-reference/1` document. */
export class ReferenceFormatError extends Error {
  override name = 'ReferenceFormatError';
}

function isTensor(v: unknown): v is Tensor {
  return Array.isArray(v) && v.every((x) => typeof x === 'number' || isTensor(x));
}

/** Validates parsed JSON as `loss-reference/1`; unknown loss ids are a format error too. */
export function parseReference(doc: unknown): RefCase[] {
  if (typeof doc !== 'object' || doc === null) throw new ReferenceFormatError('top level is not a JSON object');
  const d = doc as Record<string, unknown>;
  if (d.format !== 'loss-reference/1') {
    throw new ReferenceFormatError(`format is ${JSON.stringify(d.format)}, expected "loss-reference/1"`);
  }
  if (!Array.isArray(d.cases)) throw new ReferenceFormatError('"cases" is not an array');
  return d.cases.map((c: unknown, i: number) => {
    const where = `case ${i}`;
    if (typeof c !== 'object' || c === null) throw new ReferenceFormatError(`${where} is not an object`);
    const r = c as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : where;
    if (typeof r.loss !== 'string') throw new ReferenceFormatError(`${id}: "loss" is not a string`);
    if (!getLoss(r.loss)) throw new ReferenceFormatError(`${id}: unknown loss id "${r.loss}"`);
    if (typeof r.value !== 'number') throw new ReferenceFormatError(`${id}: "value" is not a number`);
    const objects = ['params', 'inputs', 'grad'] as const;
    for (const k of objects) {
      if (typeof r[k] !== 'object' || r[k] === null || Array.isArray(r[k])) {
        throw new ReferenceFormatError(`${id}: "${k}" is not an object`);
      }
    }
    for (const k of ['inputs', 'grad'] as const) {
      for (const [name, v] of Object.entries(r[k] as object)) {
        if (!isTensor(v)) throw new ReferenceFormatError(`${id}: ${k}.${name} is not a numeric array`);
      }
    }
    // Boolean parameters (log_input, full, swap) are the registry's 'true' / 'false' options.
    const params = Object.fromEntries(
      Object.entries(r.params as object).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
    );
    return { ...r, params } as unknown as RefCase;
  });
}

function flatten(t: Tensor | undefined): number[] {
  if (t === undefined) return [];
  return (t as unknown[]).flat(3) as number[];
}

/** Evaluates one case through the registry and compares with the tolerances above. */
export function checkCase(c: RefCase): CaseResult {
  const spec = getLoss(c.loss)!;
  let worst = { where: 'value', got: NaN, want: c.value, diff: 0 };
  let pass = true;
  const consider = (where: string, got: number, want: number, atol: number) => {
    const diff = Math.abs(got - want);
    const ok = diff <= RTOL * Math.abs(want) + atol;
    if (!ok) pass = false;
    if (!ok || diff > worst.diff || Number.isNaN(worst.got)) {
      if (!ok || pass) worst = { where, got, want, diff: Number.isNaN(diff) ? Infinity : diff };
    }
  };
  try {
    const value = spec.value(c.inputs, c.params);
    const grads: Grads = spec.grad(c.inputs, c.params);
    worst = { where: 'value', got: value, want: c.value, diff: 0 };
    consider('value', value, c.value, ATOL);
    const dv = Math.abs(value - c.value);
    const relValue = c.value !== 0 ? dv / Math.abs(c.value) : dv === 0 ? 0 : undefined;
    let relGrad: number | undefined;
    for (const [name, wantT] of Object.entries(c.grad)) {
      const want = flatten(wantT);
      const got = flatten(grads[name]);
      if (got.length !== want.length) {
        return { id: c.id, loss: c.loss, pass: false, worst, error: `grad "${name}" has ${got.length} entries, expected ${want.length}` };
      }
      const scale = Math.max(0, ...want.map(Math.abs));
      want.forEach((w, i) => {
        consider(`grad.${name}[${i}]`, got[i]!, w, ATOL * scale);
        const d = Math.abs(got[i]! - w);
        const r = scale > 0 ? d / scale : d === 0 ? 0 : undefined;
        if (r !== undefined) relGrad = Math.max(relGrad ?? 0, Number.isNaN(r) ? Infinity : r);
      });
    }
    return { id: c.id, loss: c.loss, pass, worst, relative: { value: relValue, grad: relGrad } };
  } catch (e) {
    return { id: c.id, loss: c.loss, pass: false, worst, error: (e as Error).message };
  }
}
