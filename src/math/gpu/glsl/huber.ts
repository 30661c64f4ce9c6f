import { huberProfileGlsl } from '../../surface/losses/huber';
import { residualBatch, type LossGlsl } from './types';

/** Huber of x against t, through the residual r = x − t, on the surface entry's profile. */
export const huberGlsl: LossGlsl = residualBatch(huberProfileGlsl);
