import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import type { Grads } from '../types';
import { bceLogits } from './bce_logits';
import { bpr } from './bpr';
import { dpo } from './dpo';
import { ganD } from './gan_d';
import { ganGMinimax } from './gan_g_minimax';
import { ganGNonsat } from './gan_g_nonsat';
import { hingeGanG } from './hinge_gan_g';
import { vaeKl } from './vae_kl';
import { wganCritic } from './wgan_critic';
import { wganG } from './wgan_g';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const logits = fc.array(fc.double({ min: -40, max: 40, noNaN: true }), { minLength: 1, maxLength: 6 });
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
const closeAll = (a: readonly number[], b: readonly number[]) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => close(v, b[i]!));
};
const v = (g: Grads, name: string) => g[name] as number[];

describe('GAN losses', () => {
  it('gan_g_nonsat is bce_logits with target 1, value and gradient', () => {
    fc.assert(fc.property(logits, (z) => {
      const ones = z.map(() => 1);
      close(ganGNonsat.value({ fake_logit: z }, {}), bceLogits.value({ logit: z, target: ones }, {}));
      closeAll(v(ganGNonsat.grad({ fake_logit: z }, {}), 'fake_logit'), v(bceLogits.grad({ logit: z, target: ones }, {}), 'logit'));
    }));
  });

  it('gan_g_minimax is minus bce_logits with target 0', () => {
    fc.assert(fc.property(logits, (z) => {
      close(ganGMinimax.value({ fake_logit: z }, {}), -bceLogits.value({ logit: z, target: z.map(() => 0) }, {}));
    }));
  });

  it('gan_d is bce_logits of the real logits against 1 plus that of the fakes against 0', () => {
    fc.assert(fc.property(logits, seeds, (real, s) => {
      const fake = ganD.sample(seededRng(s), real.length).fake_logit as number[];
      const want =
        bceLogits.value({ logit: real, target: real.map(() => 1) }, {}) + bceLogits.value({ logit: fake, target: fake.map(() => 0) }, {});
      close(ganD.value({ real_logit: real, fake_logit: fake }, {}), want);
    }));
  });

  it('the minimax generator saturates where fakes are confidently rejected, the non-saturating one does not', () => {
    const [mm, ns] = [ganGMinimax.profiles[0]!, ganGNonsat.profiles[0]!];
    for (const x of [-6, -8, -12]) {
      expect(Math.abs(mm.derivative(x, {}))).toBeLessThan(3e-3);
      expect(Math.abs(ns.derivative(x, {}))).toBeGreaterThan(0.997);
    }
    // At D(G(z)) = 0 both push with the same force, 1/2.
    close(mm.derivative(0, {}), ns.derivative(0, {}));
  });

  it('hinge_gan_g is wgan_g, and the critic’s gradients sum to zero', () => {
    fc.assert(fc.property(logits, (f) => {
      close(hingeGanG.value({ fake: f }, {}), wganG.value({ fake: f }, {}));
      closeAll(v(hingeGanG.grad({ fake: f }, {}), 'fake'), v(wganG.grad({ fake: f }, {}), 'fake'));
      const g = wganCritic.grad({ real: f, fake: f.map((x) => -x) }, {});
      close(v(g, 'real').reduce((a, b) => a + b, 0) + v(g, 'fake').reduce((a, b) => a + b, 0), 0);
    }));
  });
});

describe('vae_kl', () => {
  it('is 0 with zero gradient at the prior (μ = 0, log σ² = 0)', () => {
    const inputs = { mu: [[0, 0, 0]], logvar: [[0, 0, 0]] };
    expect(vaeKl.value(inputs, {})).toBe(0);
    const g = vaeKl.grad(inputs, {});
    expect([...v(g, 'mu').flat(), ...v(g, 'logvar').flat()].every((x) => x === 0)).toBe(true);
  });

  it('is ≥ 0 everywhere and equals the closed-form Gaussian KL', () => {
    const entry = fc.double({ min: -20, max: 20, noNaN: true });
    fc.assert(fc.property(fc.array(fc.tuple(entry, entry), { minLength: 1, maxLength: 5 }), (pairs) => {
      const mu = [pairs.map((p) => p[0])];
      const logvar = [pairs.map((p) => p[1])];
      const kl = vaeKl.value({ mu, logvar }, {});
      expect(kl).toBeGreaterThanOrEqual(0);
      // KL(N(μ, σ²) ‖ N(0, 1)) = log(1/σ) + (σ² + μ²)/2 − 1/2
      const want = pairs.reduce((a, [m, l]) => a - l / 2 + (Math.exp(l) + m * m) / 2 - 0.5, 0);
      expect(Math.abs(kl - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
    }));
  });

  it('keeps its digits next to the prior, where 1 + log σ² − σ² cancels', () => {
    // ½(e^v − 1 − v) = v²/4 + v³/12 + … for v = 1e-6. Forming 1 + v − e^v directly keeps about 4 digits
    // of it; expm1(v) − v keeps 9 (the project's relative tolerance).
    const kl = vaeKl.value({ mu: [[0]], logvar: [[1e-6]] }, {});
    expect(Math.abs(kl - (1e-12 / 4 + 1e-18 / 12))).toBeLessThanOrEqual(1e-9 * kl);
  });
});

describe('dpo', () => {
  it('with reference log-probabilities 0 and β = 1 is BPR on the policy log-probabilities', () => {
    fc.assert(fc.property(seeds, fc.integer({ min: 1, max: 6 }), (s, n) => {
      const inputs = dpo.sample(seededRng(s), n) as Record<string, number[]>;
      const zero = inputs.policy_chosen!.map(() => 0);
      const withZeroRef = { ...inputs, ref_chosen: zero, ref_rejected: zero };
      const pair = { pos: inputs.policy_chosen!, neg: inputs.policy_rejected! };
      close(dpo.value(withZeroRef, { beta: 1 }), bpr.value(pair, {}));
      const [g, h] = [dpo.grad(withZeroRef, { beta: 1 }), bpr.grad(pair, {})];
      closeAll(v(g, 'policy_chosen'), v(h, 'pos'));
      closeAll(v(g, 'policy_rejected'), v(h, 'neg'));
    }));
  });

  it('is log 2 when the policy equals the reference, whatever β', () => {
    const lp = [-12.5, -3, -40];
    for (const beta of [0.01, 0.1, 2]) {
      close(dpo.value({ policy_chosen: lp, policy_rejected: lp.map((x) => x - 7), ref_chosen: lp, ref_rejected: lp.map((x) => x - 7) }, { beta }), Math.LN2);
    }
  });
});
