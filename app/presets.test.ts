import { describe, expect, it } from 'vitest';
import { getLoss } from '../src/math/losses';
import { withDefaults } from '../src/math/tensor';
import type { LossSpec, Params, Profile } from '../src/math/types';
import type { Preset } from '../src/components/catalog/types';
import { activeStop, getPreset, presetMatches, presetValues, PRESETS } from './presets';

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};

/** The preset's values for the parameters this loss has, over the loss's defaults. */
function paramsFor(spec: LossSpec, preset: Preset): Params {
  const own = Object.entries(preset.params ?? {}).filter(([k]) => spec.params.some((p) => p.name === k));
  return withDefaults(spec, Object.fromEntries(own));
}

const profileOn = (spec: LossSpec, preset: Preset): Profile | undefined => spec.profiles.find((p) => p.axis === preset.axis);

/** `n` evenly spaced points strictly inside the preset's window (or the profile's default one). */
function grid(preset: Preset, prof: Profile, n = 41): number[] {
  const [a, b] = preset.xDomain ?? prof.domain;
  return Array.from({ length: n }, (_, k) => a + ((b - a) * (k + 0.5)) / n);
}

describe('presets', () => {
  it('have unique, link-safe ids', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(getPreset(ids[0]!)).toBe(PRESETS[0]);
    expect(getPreset('no-such-preset')).toBeUndefined();
  });

  it('cover every comparison the issue asks for', () => {
    const sets = PRESETS.map((p) => [...p.ids].toSorted().join(','));
    const wanted = [
      ['hinge', 'squared_hinge'], ['huber', 'mae', 'mse'], ['huber', 'smooth_l1'], ['bce_logits', 'focal'],
      ['poly1', 'softmax_ce'], ['log_cosh', 'msle', 'mse', 'quantile'], ['bce_logits', 'hinge', 'squared_hinge', 'zero_one'],
      ['contrastive', 'triplet'], ['elastic_net', 'l1', 'l2'],
      // the catalog issue's: boxes, generators, overlap losses
      ['box_iou', 'ciou', 'diou', 'giou'], ['gan_g_minimax', 'gan_g_nonsat', 'wgan_g'], ['dice', 'focal_tversky', 'iou', 'tversky'],
    ];
    for (const w of wanted) expect(sets).toContain([...w].toSorted().join(','));
    // Barron's α sweeping through L2, Charbonnier, Cauchy, Geman–McClure and towards Welsch, as stops
    const barron = PRESETS.find((p) => p.ids.includes('barron'));
    expect(barron?.stops?.map((s) => s.params.alpha)).toEqual([2, 1, 0, -2, -10]);
  });

  describe.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_, preset) => {
    it('has a title and a blurb of one or two sentences', () => {
      expect(preset.title.length).toBeGreaterThan(3);
      const sentences = preset.blurb.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    });

    it('names known losses, each with a profile on the preset axis', () => {
      expect(preset.ids.length).toBeGreaterThanOrEqual(2);
      expect(new Set(preset.ids).size).toBe(preset.ids.length);
      expect(preset.ids.filter((id) => !profileOn(must(id), preset))).toEqual([]);
    });

    it('sets only parameters its losses have, inside their ranges', () => {
      // `name` sets every drawn loss that has it; `name.lossId` one loss (which must be drawn).
      const owners = (key: string) => {
        const [name, only] = key.split('.');
        return preset.ids.filter((id) => only === undefined || id === only).map(must).flatMap((s) => s.params.filter((p) => p.name === name));
      };
      const names = Object.keys(preset.params ?? {});
      expect(names.filter((name) => owners(name).length === 0)).toEqual([]);
      for (const [name, value] of Object.entries(preset.params ?? {})) {
        for (const p of owners(name)) {
          expect(value).toBeGreaterThanOrEqual(p.range[0]);
          expect(value).toBeLessThanOrEqual(p.range[1]);
          if (p.integer) expect(Number.isInteger(value)).toBe(true);
        }
      }
    });

    it('draws a finite curve for every loss in its window', () => {
      if (preset.xDomain) expect(preset.xDomain[0]).toBeLessThan(preset.xDomain[1]);
      for (const id of preset.ids) {
        const spec = must(id);
        const prof = profileOn(spec, preset)!;
        const ps = paramsFor(spec, preset);
        const inside = grid(preset, prof).filter((x) => !prof.defined || (x > prof.defined[0] && x < prof.defined[1]));
        expect(inside.length).toBeGreaterThan(10);
        expect(inside.filter((x) => !Number.isFinite(prof.value(x, ps))).map((x) => `${id} at ${x}`)).toEqual([]);
      }
    });

    it('has stops that set parameters of its losses inside their ranges, each one recognised once applied', () => {
      for (const stop of preset.stops ?? []) {
        expect(stop.label.length).toBeGreaterThan(1);
        const values = presetValues(preset);
        for (const [name, v] of Object.entries(stop.params)) {
          const owners = preset.ids.filter((id) => must(id).params.some((q) => q.name === name));
          expect(owners.length).toBeGreaterThan(0);
          for (const id of owners) {
            const q = must(id).params.find((x) => x.name === name)!;
            expect(v).toBeGreaterThanOrEqual(q.range[0]);
            expect(v).toBeLessThanOrEqual(q.range[1]);
            values[id] = { ...values[id], [name]: v };
          }
        }
        expect(presetMatches(preset, preset.ids, preset.axis, values)).toBe(true);
        expect(activeStop(preset, values)?.label).toBe(stop.label);
      }
    });

    it('opens the weight panel only when a loss has a weight to show', () => {
      if (!preset.panels?.weight) return;
      expect(preset.ids.some((id) => profileOn(must(id), preset)?.weight)).toBe(true);
    });
  });

  it('smooth L1 vs Huber starts where the two curves coincide (β = δ = 1)', () => {
    const preset = getPreset('smooth-l1-huber')!;
    const [huber, smooth] = [must('huber'), must('smooth_l1')];
    const ph = profileOn(huber, preset)!;
    const ps = profileOn(smooth, preset)!;
    for (const x of grid(preset, ph)) {
      expect(ps.value(x, paramsFor(smooth, preset))).toBeCloseTo(ph.value(x, paramsFor(huber, preset)), 12);
    }
  });

  it('BCE vs focal: with the preset α, γ = 0 puts focal exactly on BCE', () => {
    const preset = getPreset('bce-focal')!;
    const [bce, focal] = [must('bce_logits'), must('focal')];
    const pb = profileOn(bce, preset)!;
    const pf = profileOn(focal, preset)!;
    const atZero = { ...paramsFor(focal, preset), gamma: 0 };
    for (const x of grid(preset, pb)) expect(pf.value(x, atZero)).toBeCloseTo(pb.value(x, {}), 12);
    // and at the preset's own γ the two differ, so there is something to see
    expect(pf.value(3, paramsFor(focal, preset))).toBeLessThan(pb.value(3, {}) / 2);
  });

  it('match the views they set, and no view with another loss, axis or value', () => {
    for (const p of PRESETS) {
      const values = presetValues(p);
      expect(presetMatches(p, p.ids.toReversed(), p.axis, values)).toBe(true);
      expect(presetMatches(p, p.ids.slice(1), p.axis, values)).toBe(false);
      expect(presetMatches(p, p.ids, p.axis === 'margin' ? 'residual' : 'margin', values)).toBe(false);
      const [id] = p.ids;
      const free = new Set((p.stops ?? []).flatMap((st) => Object.keys(st.params)));
      const name = Object.keys(values[id!]!).find((k) => typeof values[id!]![k] === 'number' && !free.has(k));
      if (name) {
        const moved = { ...values, [id!]: { ...values[id!], [name]: Number(values[id!]![name]) + 0.5 } };
        expect(presetMatches(p, p.ids, p.axis, moved)).toBe(false);
      }
    }
  });

  it('a `name.lossId` value sets that loss only, over a plain `name`', () => {
    const preset: Preset = { id: 't', title: 'T', blurb: 'T.', ids: ['hinge', 'squared_hinge'], axis: 'margin', params: { margin: 2, 'margin.hinge': 0.5 } };
    expect(presetValues(preset)).toEqual({ hinge: { margin: 0.5 }, squared_hinge: { margin: 2 } });
  });

  it('stops: the stop whose values the losses hold is active, and a view off every stop has none', () => {
    const preset: Preset = {
      id: 't', title: 'T', blurb: 'T.', ids: ['huber', 'smooth_l1'], axis: 'residual',
      stops: [{ label: 'small', params: { delta: 0.5, beta: 0.5 } }, { label: 'one', params: { delta: 1, beta: 1 } }],
    };
    const values = presetValues(preset);
    expect(activeStop(preset, values)?.label).toBe('one');
    values.huber = { ...values.huber, delta: 0.5 };
    expect(activeStop(preset, values)).toBeUndefined();
    values.smooth_l1 = { ...values.smooth_l1, beta: 0.5 };
    expect(activeStop(preset, values)?.label).toBe('small');
    // the stops' parameters are free: the view still shows the preset
    expect(presetMatches(preset, preset.ids, preset.axis, values)).toBe(true);
  });
});
