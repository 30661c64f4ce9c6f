import type { LossGlsl } from './types';

/**
 * BCE on a logit x with target t ∈ [0, 1], as the float64 spec writes it:
 * ℓ = t·softplus(−x) + (1−t)·softplus(x), softplus(±x) = max(±x, 0) + log1p(e^{−|x|});
 * ∂ℓ/∂x = (1−t)·σ(x) − t·σ(−x), each σ taken on the side that cannot overflow. GLSL has no
 * log1p, so small e^{−|x|} uses its series e − e²/2 + e³/3.
 */
export const bceLogitsGlsl: LossGlsl = {
  id: 'bce_logits',
  params: [],
  source: `
vec2 lossAt(float x, float t) {
  float e = exp(-abs(x));
  float l1p = e < 1e-2 ? e * (1.0 - e * (0.5 - e / 3.0)) : log(1.0 + e);
  float big = 1.0 / (1.0 + e);
  float small = e / (1.0 + e);
  float sPos = x >= 0.0 ? big : small;
  float sNeg = x >= 0.0 ? small : big;
  float value = t * max(-x, 0.0) + (1.0 - t) * max(x, 0.0) + l1p;
  return vec2(value, (1.0 - t) * sPos - t * sNeg);
}`,
};
