import { describe, expect, it } from 'vitest';
import { bceLogits } from './bce_logits';
import { focal } from './focal';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const g0 = (inputs: { logit: number[]; target: number[] }, params: { gamma: number; alpha: number }) =>
  (focal.grad(inputs, params).logit as number[])[0]!;

describe('focal', () => {
  it('follows its asymptote α e^{−(γ+1)|z|} far on the correct side', () => {
    // For s = ±z ≫ 1: 1 − p_t ≈ e^{−s} and −log p_t ≈ e^{−s}, relative error ~e^{−s} (here e^{−100}).
    const params = { gamma: 2, alpha: 0.25 };
    const tail = Math.exp(-300);
    expect(rel(focal.value({ logit: [100], target: [1] }, params), 0.25 * tail)).toBeLessThan(1e-13);
    expect(rel(g0({ logit: [100], target: [1] }, params), -0.25 * 3 * tail)).toBeLessThan(1e-13);
    // Target 0: the weight is 1 − α and the slope changes sign.
    expect(rel(focal.value({ logit: [-100], target: [0] }, params), 0.75 * tail)).toBeLessThan(1e-13);
    expect(rel(g0({ logit: [-100], target: [0] }, params), 0.75 * 3 * tail)).toBeLessThan(1e-13);
  });

  it('stays finite as p_t → 1 for γ < 1, where (1 − p_t)^{γ−1} blows up', () => {
    const params = { gamma: 0.5, alpha: 0.25 };
    expect(rel(g0({ logit: [40], target: [1] }, params), -0.25 * 1.5 * Math.exp(-60))).toBeLessThan(1e-13);
    // 1 − p_t underflows to 0 at z = 800: loss and slope are 0, not NaN.
    expect(focal.value({ logit: [800], target: [1] }, params)).toBe(0);
    expect(Math.abs(g0({ logit: [800], target: [1] }, params))).toBe(0);
  });

  it('accepts soft targets like torchvision: γ = 0, α < 0 is BCE, and the slope matches a central difference', () => {
    const inputs = { logit: [-2.3, 0.4, 3.1], target: [0.2, 0.65, 0.9] };
    expect(rel(focal.value(inputs, { gamma: 0, alpha: -1 }), bceLogits.value(inputs, {}))).toBeLessThan(1e-14);
    for (const params of [{ gamma: 2, alpha: 0.25 }, { gamma: 0.5, alpha: 0.7 }, { gamma: 0, alpha: -1 }]) {
      const g = focal.grad(inputs, params).logit as number[];
      inputs.logit.forEach((z, k) => {
        const h = 1e-6;
        const at = (dz: number) => focal.value({ ...inputs, logit: inputs.logit.map((v, i) => (i === k ? z + dz : v)) }, params);
        expect(Math.abs(g[k]! - (at(h) - at(-h)) / (2 * h))).toBeLessThan(1e-8);
      });
    }
  });
});
