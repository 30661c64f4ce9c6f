import { describe, expect, it } from 'vitest';
import { getLoss } from '../src/math/losses';
import { withDefaults } from '../src/math/tensor';
import type { LossSpec, Profile } from '../src/math/types';
import { getPreset, presetValues } from './presets';

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};
const on = (id: string, axis: string): Profile => must(id).profiles.find((p) => p.axis === axis)!;
const grid = (a: number, b: number, n = 41) => Array.from({ length: n }, (_, k) => a + ((b - a) * (k + 0.5)) / n);

describe("Barron's general loss: the stops are the losses they name", () => {
  const preset = getPreset('barron-general')!;
  const barron = on('barron', 'residual');
  const base = presetValues(preset).barron!;
  const stop = (label: RegExp) => ({ ...base, ...preset.stops!.find((s) => label.test(s.label))!.params });
  const named: readonly [RegExp, (x: number) => number][] = [
    [/^L2/, (x) => 0.5 * x * x],
    [/^Charbonnier/, (x) => Math.sqrt(x * x + 1) - 1],
    [/^Cauchy/, (x) => Math.log(0.5 * x * x + 1)],
    [/^Geman/, (x) => (2 * x * x) / (x * x + 4)],
  ];

  it('has the five stops the issue names, in order of falling α', () => {
    expect(preset.stops!.map((s) => s.params.alpha)).toEqual([2, 1, 0, -2, -10]);
  });

  it.each(named)('%s', (label, rho) => {
    const ps = stop(label);
    for (const x of grid(-6, 6)) expect(barron.value(x, ps)).toBeCloseTo(rho(x), 12);
  });

  it('the Welsch stop lies nearer the Welsch curve than Geman–McClure does, everywhere in the window', () => {
    const welsch = on('welsch', 'residual');
    const w = presetValues(preset).welsch!;
    for (const x of grid(-6, 6).filter((v) => Math.abs(v) > 0.2)) {
      const gap = (ps: Record<string, number | string>) => Math.abs(barron.value(x, ps) - welsch.value(x, w));
      expect(gap(stop(/^Towards Welsch/))).toBeLessThan(gap(stop(/^Geman/)));
    }
  });
});

describe('Dice vs IoU vs Tversky', () => {
  const preset = getPreset('dice-iou-tversky')!;
  const values = presetValues(preset);
  const at = (id: string, x: number) => on(id, 'overlap').value(x, values[id]!);

  it('starts with IoU above Dice and Tversky apart from Dice at every partial overlap', () => {
    for (const x of grid(0, 1).slice(0, -1)) {
      expect(at('iou', x)).toBeGreaterThan(at('dice', x));
      expect(Math.abs(at('tversky', x) - at('dice', x))).toBeGreaterThan(1e-3);
    }
  });

  it('with α = β = ½ Tversky is Dice with twice the smoothing, on the preset mask', () => {
    const tv = on('tversky', 'overlap');
    const ds = on('dice', 'overlap');
    for (const x of grid(0, 1)) {
      expect(tv.value(x, { ...withDefaults(must('tversky')), alpha: 0.5, beta: 0.5, smooth: 1 })).toBeCloseTo(ds.value(x, { smooth: 2 }), 12);
    }
  });
});

describe('Huber vs Tukey vs Welsch', () => {
  const preset = getPreset('huber-tukey-welsch')!;
  const values = presetValues(preset);
  const weight = (id: string, x: number) => on(id, 'residual').weight!.at(x, values[id]!);

  it('all three weigh a small residual about 1, and only the redescending two let a far one go', () => {
    for (const id of preset.ids) expect(weight(id, 0.01)).toBeCloseTo(1, 3);
    expect(weight('tukey', 3)).toBe(0);
    expect(weight('welsch', 3)).toBeLessThan(0.02);
    expect(weight('huber', 3)).toBeCloseTo(1 / 3, 12);
  });
});
