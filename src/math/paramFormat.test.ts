import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLoss, LOSSES } from './losses';
import { atStepPrecision, stepDecimals } from './paramFormat';
import { formulaTex } from './tex';
import type { ParamSpec } from './types';

const delta = getLoss('huber')!.params.find((p) => p.name === 'delta')!;

describe('stepDecimals', () => {
  it('counts the decimals a step implies, also in exponent form', () => {
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(1e-7)).toBe(7);
  });
});

describe('atStepPrecision', () => {
  it("writes a value on the step grid to the slider's precision", () => {
    expect(delta.step).toBe(0.05);
    expect(atStepPrecision(1, delta)).toBe('1.00');
    expect(atStepPrecision(1.1, delta)).toBe('1.10');
    expect(atStepPrecision(0.05, delta)).toBe('0.05');
  });

  it('leaves values off the grid, log and integer parameters and huge values to the short form', () => {
    expect(atStepPrecision(1.234, delta)).toBeUndefined();
    expect(atStepPrecision(2e6, { ...delta, range: [0, 1e7] })).toBeUndefined();
    expect(atStepPrecision(Number.NaN, delta)).toBeUndefined();
    const log: ParamSpec = { ...delta, scale: 'log', range: [1e-4, 10] };
    expect(atStepPrecision(0.05, log)).toBeUndefined();
    expect(atStepPrecision(3, { ...delta, step: 1, integer: true })).toBeUndefined();
  });

  it('gives every slider position of every linear parameter the same digit count within a decade', () => {
    const linear = LOSSES.flatMap((s) => s.params).filter((p) => !p.integer && p.scale !== 'log');
    expect(linear.length).toBeGreaterThan(10);
    for (const p of linear) {
      const steps = Math.round((p.range[1] - p.range[0]) / p.step);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: steps }), (k) => {
          // A slider's value: the range's start plus k steps, as the browser computes it.
          const v = Number((p.range[0] + k * p.step).toFixed(12));
          const s = atStepPrecision(v, p);
          expect(s, `${p.name} = ${v}`).toBeDefined();
          expect(Number(s)).toBe(v);
          // The digits after the point are always the step's.
          expect(s!.split('.')[1]?.length ?? 0).toBe(stepDecimals(p.step));
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('formulas at step precision', () => {
  it('show slider values with the step decimals only when asked', () => {
    const huber = getLoss('huber')!;
    expect(formulaTex(huber.tex.value, huber, { delta: 1.5 }, undefined, { stepPrecision: true })).toContain('{1.50}');
    expect(formulaTex(huber.tex.value, huber, { delta: 1.5 })).toContain('{1.5}');
    expect(formulaTex(huber.tex.value, huber, { delta: 1.5 })).not.toContain('1.50');
  });
});
