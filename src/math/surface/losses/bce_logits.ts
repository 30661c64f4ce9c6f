/**
 * The logistic loss of the margin, bce_logits' margin profile (target 1): ℓ(m) = softplus(−m), ℓ'(m) = −σ(−m)
 * (bceLogitsAt(m, 1), bceLogitsDerivAt(m, 1)).
 */
import type { ProfileGlsl } from '../glsl';
import { defineLoss } from '../model';
import { binary } from '../models/binary';

export const logisticProfileGlsl: ProfileGlsl = {
  id: 'bce_logits',
  axis: 'margin',
  params: [],
  source: `
vec2 profileAt(float m) {
  return vec2(la_softplus(-m), -la_sigmoid(-m));
}`,
};

/** f = u·x₁ + v·x₂ against a label y = ±1, through the margin m = y·f. */
export const bceLogitsSurface = defineLoss(binary, {
  id: 'bce_logits',
  params: [],
  glsl: logisticProfileGlsl,
  // bce_logits' margin profile is bceLogitsAt(m, 1) = 1·softplus(−m) + 0·softplus(m), derivative 0·σ(m) − 1·σ(−m).
  // Below, softplus(−m) = max(−m, 0) + log1p(e) and σ(−m) = 1/(1 + e) (m ≤ 0) or e/(1 + e) (m > 0), with
  // e = exp(−|m|), are numerics.ts's softplus and sigmoid step for step sharing one exp: the same numbers bit for
  // bit (sums.test.ts) for a third of the exp/log calls.
  sums: ({ a, b, y }, _q, u, v, out) => {
    let s = 0, gu = 0, gv = 0;
    for (let i = 0; i < y.length; i++) {
      const yi = y[i]!;
      const m = yi * (u * a[i]! + v * b[i]!);
      const e = Math.exp(-Math.abs(m));
      s += Math.max(-m, 0) + Math.log1p(e);
      const g = -yi * (m <= 0 ? 1 / (1 + e) : e / (1 + e));
      gu += g * a[i]!;
      gv += g * b[i]!;
    }
    out[0] = s;
    out[1] = gu;
    out[2] = gv;
  },
});
