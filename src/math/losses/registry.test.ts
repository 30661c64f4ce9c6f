import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax, sum } from '../numerics';
import { seededRng } from '../random';
import { withDefaults } from '../tensor';
import type { Inputs, LossSpec, Params, Tensor } from '../types';
import reference from '../../../reference/losses.json';
import { getLoss, LOSSES } from './index';

// Every loss with PyTorch reference cases (all but the 0-1 loss, which has no gradient to check).
const REFERENCE_IDS = [...new Set((reference as { cases: { loss: string }[] }).cases.map((c) => c.loss))];

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};

/** Deep copy with entry k (in flattened order) of input `name` moved by h. */
function nudge(inputs: Inputs, name: string, k: number, h: number): Inputs {
  let i = 0;
  const walk = (t: unknown): unknown =>
    Array.isArray(t) ? t.map(walk) : i++ === k ? (t as number) + h : t;
  return { ...inputs, [name]: walk(inputs[name]) as Tensor };
}

const flat = (t: Tensor | undefined) => ((t ?? []) as unknown[]).flat(3) as number[];

/** Random parameter values inside each declared range (integers rounded). */
function randomParams(spec: LossSpec, rng: () => number): Params {
  const out: Record<string, number | string> = { ...withDefaults(spec) };
  for (const p of spec.params) {
    const [lo, hi] = p.range;
    const v = lo + (hi - lo) * rng();
    out[p.name] = p.integer ? Math.round(v) : v;
  }
  for (const o of spec.options ?? []) out[o.name] = o.choices[Math.floor(rng() * o.choices.length)]!;
  return out;
}

describe('registry', () => {
  it('holds every reference id exactly once', () => {
    const ids = LOSSES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REFERENCE_IDS.length).toBe(66);
    for (const id of REFERENCE_IDS) expect(ids).toContain(id);
  });

  it.each(LOSSES.map((l) => [l.id, l] as const))('%s: spec is complete and consistent', (_, spec) => {
    expect(spec.title.length).toBeGreaterThan(0);
    expect(spec.description.length).toBeGreaterThan(40);
    expect(spec.purpose).toMatch(/^.{10,90}$/u);
    expect(spec.useWhen.length).toBeGreaterThan(30);
    expect(spec.watchOut.length).toBeGreaterThan(30);
    expect(spec.source.label.length).toBeGreaterThan(5);
    if (spec.source.url !== undefined) expect(spec.source.url).toMatch(/^https:\/\/[\w.-]+\.[a-z]{2,}\//);
    expect(spec.profiles.length).toBeGreaterThan(0);
    expect(spec.inputs.some((i) => i.differentiable)).toBe(true);
    for (const p of spec.params) {
      expect(p.range[0]).toBeLessThan(p.range[1]);
      expect(p.default).toBeGreaterThanOrEqual(p.range[0]);
      expect(p.default).toBeLessThanOrEqual(p.range[1]);
      expect(p.step).toBeGreaterThan(0);
      expect(p.meaning.length).toBeGreaterThan(5);
    }
    const names = new Set([...spec.params.map((p) => p.name), ...(spec.options ?? []).map((o) => o.name)]);
    const templates = [
      spec.tex.value.lhs, spec.tex.grad.lhs,
      ...spec.tex.value.pieces.flatMap((q) => [q.tex, q.when]),
      ...spec.tex.grad.pieces.flatMap((q) => [q.tex, q.when]),
      ...Object.values(spec.calls).map((c) => c.code),
    ];
    for (const t of templates) for (const m of t.matchAll(/\{\{(\w+)(?::py)?\}\}/g)) expect(names).toContain(m[1]);
    const pieces = spec.tex.value.pieces.length;
    for (const prof of spec.profiles) {
      if (prof.piece) {
        const ps = withDefaults(spec);
        const [a, b] = prof.domain;
        for (let k = 0; k <= 20; k++) {
          const idx = prof.piece(a + ((b - a) * k) / 20, ps);
          expect(idx).toBeGreaterThanOrEqual(0);
          expect(idx).toBeLessThan(pieces);
        }
      }
    }
  });
});

describe.each(LOSSES.map((l) => [l.id, l] as const))('%s', (_, spec) => {
  it('analytic gradient agrees with a central difference away from kinks', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 5 }), (seed, n) => {
        const rng = seededRng(seed);
        const inputs = spec.sample(rng, n);
        const params = randomParams(spec, rng);
        const g = spec.grad(inputs, params);
        for (const inp of spec.inputs.filter((i) => i.differentiable)) {
          const an = flat(g[inp.name]);
          const xs = flat(inputs[inp.name]);
          expect(an.length).toBe(xs.length);
          xs.forEach((x, k) => {
            const h = 1e-6 * Math.max(1, Math.abs(x));
            const fp = spec.value(nudge(inputs, inp.name, k, h), params);
            const fm = spec.value(nudge(inputs, inp.name, k, -h), params);
            const f0 = spec.value(inputs, params);
            const fwd = (fp - f0) / h;
            const bwd = (f0 - fm) / h;
            const scale = Math.max(1, Math.abs(fwd), Math.abs(bwd));
            // A kink (or a domain edge) within h: one-sided slopes disagree; no derivative to check.
            if (Math.abs(fwd - bwd) > 1e-3 * scale) return;
            const central = (fp - fm) / (2 * h);
            expect(Math.abs(an[k]! - central)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(central)));
            checked++;
          });
        }
      }),
      { numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('every 1-D profile equals the batch loss on a one-element batch, value and derivative', () => {
    const params = withDefaults(spec);
    for (const prof of spec.profiles) {
      const [a, b] = prof.domain;
      for (let k = 0; k <= 24; k++) {
        const x = a + ((b - a) * (k + 0.37)) / 25;
        if (prof.defined && !(x > prof.defined[0] && x < prof.defined[1])) continue;
        const { inputs, dx } = prof.batch(x, params);
        const v = spec.value(inputs, params);
        expect(prof.value(x, params)).toBeCloseTo(v, 10);
        const d = dx(spec.grad(inputs, params));
        expect(Math.abs(prof.derivative(x, params) - d)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d)));
      }
    }
  });

  it('is finite on random valid inputs', () => {
    const rng = seededRng(7);
    for (let k = 0; k < 20; k++) {
      const inputs = spec.sample(rng, 4);
      const params = randomParams(spec, rng);
      expect(Number.isFinite(spec.value(inputs, params))).toBe(true);
      for (const g of Object.values(spec.grad(inputs, params))) {
        expect(flat(g).every(Number.isFinite)).toBe(true);
      }
    }
  });
});

describe('invariants between losses', () => {
  const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(b)));

  it('focal with γ = 0 and α < 0 is bce_logits', () => {
    fc.assert(fc.property(seeds, (s) => {
      const inputs = must('focal').sample(seededRng(s), 5);
      close(must('focal').value(inputs, { gamma: 0, alpha: -1 }), must('bce_logits').value(
        { logit: inputs.logit!, target: inputs.target! }, {}));
    }));
  });

  it('smooth_l1 with β is huber with δ = β, divided by β', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0.01, max: 5, noNaN: true }), (s, beta) => {
      const inputs = must('huber').sample(seededRng(s), 5);
      close(must('smooth_l1').value(inputs, { beta }), must('huber').value(inputs, { delta: beta }) / beta);
    }));
  });

  it('poly1 with ε = 0 is softmax cross-entropy', () => {
    fc.assert(fc.property(seeds, (s) => {
      const inputs = must('poly1').sample(seededRng(s), 4);
      close(must('poly1').value(inputs, { epsilon: 0 }), must('softmax_ce').value(inputs, { label_smoothing: 0 }));
    }));
  });

  it('kl_div is ≥ 0 and equals soft cross-entropy minus the target entropy', () => {
    fc.assert(fc.property(seeds, (s) => {
      const rng = seededRng(s);
      const { logits, target } = must('softmax_ce_soft').sample(rng, 4) as { logits: number[][]; target: number[][] };
      const pred = logits.map((row) => softmax(row));
      const kl = must('kl_div').value({ target, pred }, {});
      expect(kl).toBeGreaterThanOrEqual(0);
      const entropy = sum(target.map((t) => -sum(t.map((ti) => (ti > 0 ? ti * Math.log(ti) : 0))))) / target.length;
      const ce = must('softmax_ce_soft').value({ logits, target }, {});
      close(kl, ce - entropy);
      // and directly from log-softmax
      const ce2 = sum(target.map((t, i) => -sum(t.map((ti, j) => ti * logSoftmax(logits[i]!)[j]!)))) / target.length;
      close(ce, ce2);
    }));
  });

  it('elastic net with ρ = 1 is L1 and with ρ = 0 is L2', () => {
    fc.assert(fc.property(seeds, fc.double({ min: 0, max: 10, noNaN: true }), (s, lambda) => {
      const inputs = must('l1').sample(seededRng(s), 6);
      close(must('elastic_net').value(inputs, { lambda, l1_ratio: 1 }), must('l1').value(inputs, { lambda }));
      close(must('elastic_net').value(inputs, { lambda, l1_ratio: 0 }), must('l2').value(inputs, { lambda }));
    }));
  });
});
