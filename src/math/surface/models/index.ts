/**
 * The surface models. Adding one: a folder models/<kind>/ exporting its SurfaceModel, its losses in losses/,
 * and one line here; ModelKind and every list over models follow from this object.
 */
import { binary } from './binary';
import { regression } from './regression';
import { softmax3 } from './softmax3';

export const SURFACE_MODELS = { regression, binary, softmax3 } as const;
