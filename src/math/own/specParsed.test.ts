import { afterEach, describe, expect, it } from 'vitest';
import { getLoss } from '../losses';
import { seededRng } from '../random';
import type { Grads, Inputs, LossSpec, Params } from '../types';
import { installOwn } from './install';

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
const flat = (g: Grads) => Object.values(g).flat(2) as number[];

/** A typed loss and a built-in one agree on random batches, value and gradient. */
function sameAs(own: LossSpec, builtIn: LossSpec, ownParams: Params, builtInParams: Params) {
  const rng = seededRng(7);
  for (let k = 0; k < 20; k++) {
    const inputs: Inputs = builtIn.sample(rng, 5);
    close(own.value(inputs, ownParams), builtIn.value(inputs, builtInParams));
    const a = flat(own.grad(inputs, ownParams));
    const b = flat(builtIn.grad(inputs, builtInParams));
    expect(a.length).toBe(b.length);
    a.forEach((v, i) => close(v, b[i]!));
  }
}

describe('a typed loss through the real parser, registered and used like a built-in', () => {
  afterEach(() => installOwn([]));

  it('r^2 over the residual is the mean squared error, batch and profile', () => {
    const [r] = installOwn([{ id: 'own1', text: 'r^2', axis: 'residual', ranges: {} }]);
    expect(r?.ok).toBe(true);
    const own = getLoss('own1')!;
    sameAs(own, getLoss('mse')!, {}, {});
    const b = own.profiles[0]!.batch(1.25, {});
    close(b.dx(own.grad(b.inputs, {})), 2.5);
  });

  it('max(0, a - m) over the margin is the hinge loss with margin a', () => {
    installOwn([{ id: 'own2', text: 'max(0, a - m)', axis: 'margin', ranges: { a: [0, 3] } }]);
    const own = getLoss('own2')!;
    expect(own.params.map((p) => [p.name, p.range])).toEqual([['a', [0, 3]]]);
    // Away from the kink (the hinge's derivative at it follows PyTorch's convention, the formula's its own).
    const rng = seededRng(3);
    for (let k = 0; k < 20; k++) {
      const inputs = getLoss('hinge')!.sample(rng, 5);
      close(own.value(inputs, { a: 0.7 }), getLoss('hinge')!.value(inputs, { margin: 0.7 }));
    }
    expect(own.profiles[0]!.branchKey!(0.5, { a: 0.7 })).not.toBe(own.profiles[0]!.branchKey!(0.9, { a: 0.7 }));
  });

  it('keeps only the formulas that compile, and reports the others', () => {
    const results = installOwn([
      { id: 'own1', text: 'log(r', axis: 'residual', ranges: {} },
      { id: 'own3', text: 'abs(r)', axis: 'residual', ranges: {} },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(getLoss('own1')).toBeUndefined();
    expect(getLoss('own3')?.title).toBe('Your loss 3: ℓ(r) = abs(r)');
  });

  it('writes a PyTorch snippet that names a keyword parameter as Python must, and imports what it uses', () => {
    installOwn([{ id: 'own1', text: 'from*abs(r) + pi*r^2', axis: 'residual', ranges: {} }]);
    const code = getLoss('own1')!.calls.pytorch!.code;
    expect(code.split('\n').slice(0, 3)).toEqual(['import math', 'import torch', 'from_ = {{from}}']);
    expect(code).toContain('from_ * torch.abs(r)');
    expect(code).not.toMatch(/(^|\n)from =/);
  });
});
