import { mseProfileGlsl } from '../../surface/losses/mse';
import { residualBatch, type LossGlsl } from './types';

/** Squared error of x against t: ℓ = (x − t)², ∂ℓ/∂x = 2(x − t), on the surface entry's residual profile. */
export const mseGlsl: LossGlsl = residualBatch(mseProfileGlsl);
