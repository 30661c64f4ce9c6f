import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { renderCall } from '../tex';
import type { TypedExpr } from '../expr/types';
import type { Grads, Params } from '../types';
import { handExpr } from './handTyped';
import { ownLossSpec } from './spec';

/** |x|^q written by hand (not by the parser): value, derivative and which side of 0 x is on. */
function absPow(variable: string): TypedExpr {
  return handExpr({
    text: `abs(${variable})^q`,
    variable,
    params: ['q'],
    value: (x, q) => Math.abs(x) ** q[0]!,
    derivative: (x, q) => q[0]! * Math.abs(x) ** (q[0]! - 1) * Math.sign(x),
    branchKey: (x) => (x < 0 ? 0 : 1),
    tex: `\\left|${variable}\\right|^{{{q}}}`,
    python: `torch.abs(${variable}) ** q`,
  });
}

const first = (g: Grads, name: string) => g[name] as number[];

describe('the spec of a typed loss', () => {
  it('is a residual loss over pred − target with a slider per parameter', () => {
    const spec = ownLossSpec({ id: 'own2', text: 'abs(r)^q', axis: 'residual', ranges: { q: [0.5, 4] } }, absPow('r'));
    expect(spec.id).toBe('own2');
    expect(spec.title).toBe('Your loss 2: ℓ(r) = abs(r)^q');
    expect(spec.params).toEqual([{ name: 'q', symbol: expect.any(String), default: 1, range: [0.5, 4], step: 0.05, meaning: 'a parameter of your formula' }]);
    const p: Params = { q: 3 };
    const inputs = { pred: [1, -2, 0.5], target: [0, 0, 1] };
    // mean of |r|^3 over r = 1, −2, −0.5
    expect(spec.value(inputs, p)).toBeCloseTo((1 + 8 + 0.125) / 3, 12);
    // d/dŷ_i = 3 r|r| / n
    const g = first(spec.grad(inputs, p), 'pred');
    [3, -12, -0.75].forEach((v, i) => expect(g[i]).toBeCloseTo(v / 3, 12));
    const prof = spec.profiles[0]!;
    expect(prof.axis).toBe('residual');
    expect(prof.weight?.at(2, p)).toBeCloseTo(12 / 2, 12);
    expect(prof.branchKey?.(-1, p)).not.toBe(prof.branchKey?.(1, p));
    const b = prof.batch(1.5, p);
    expect(b.dx(spec.grad(b.inputs, p))).toBeCloseTo(prof.derivative(1.5, p), 12);
  });

  it('reads the margin as target · score with ±1 labels', () => {
    const spec = ownLossSpec({ id: 'own1', text: 'abs(m)^q', axis: 'margin', ranges: {} }, absPow('m'));
    const p: Params = { q: 2 };
    const inputs = { score: [0.5, 2], target: [-1, 1] };
    expect(spec.value(inputs, p)).toBeCloseTo((0.25 + 4) / 2, 12);
    // ℓ = (y s)² so dℓ/ds = 2 y² s = 2 s; over n = 2
    expect(first(spec.grad(inputs, p), 'score')).toEqual([0.5, 2]);
    expect(spec.profiles[0]!.weight).toBeUndefined();
    expect(spec.params[0]?.range).toEqual([0, 5]);
  });

  it('takes one input named by the variable on other axes, and samples valid inputs', () => {
    const spec = ownLossSpec({ id: 'own3', text: 'abs(p)^q', axis: 'probability', ranges: {} }, absPow('p'));
    expect(spec.inputs.map((i) => i.name)).toEqual(['p']);
    const sample = spec.sample(seededRng(1), 20).p as number[];
    expect(sample.every((p) => p > 0 && p < 1)).toBe(true);
    expect(spec.value({ p: [0.5] }, { q: 1 })).toBe(0.5);
  });

  it('typesets the value from the tree, says when the derivative is too long, and writes a PyTorch snippet', () => {
    const spec = ownLossSpec({ id: 'own1', text: 'abs(r)^q', axis: 'residual', ranges: {} }, absPow('r'));
    expect(spec.tex.value.pieces).toEqual([{ tex: '\\left|r\\right|^{{{q}}}', when: '' }]);
    expect(spec.tex.grad.pieces[0]?.tex).toMatch(/too long to typeset/);
    expect(renderCall(spec.calls.pytorch!.code, { q: 1.5 })).toBe('import torch\nq = 1.5\nr = pred - target\nloss = (torch.abs(r) ** q).mean()');
    expect(spec.calls.keras).toBeUndefined();
  });
});
