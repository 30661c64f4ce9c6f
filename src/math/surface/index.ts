/** The float64 loss-surface core (issue 4): models, surface losses, datasets, objectives, the CPU surface, optimizers and slices. */
export * from './types';
export {
  SURFACE_MODELS, MODEL_KINDS, SURFACE_LOSSES, SURFACE_LOSS_ENTRIES, WEIGHT_AXES, surfaceModel, surfaceLoss, surfaceLossEntries, surfaceLossIds,
  setOwnSurfaceEntries, subscribeSurfaceLosses, surfaceLossesVersion,
} from './registry';
export { defineLoss, type SurfaceModel, type SurfaceLoss, type SurfaceLossDef, type PresetSpec, type DataSpec, type LabelSpec, type Sums } from './model';
export { MAX_POINTS, datasetOf } from './datasets';
export { CENTRES } from './models/softmax3/data';
export { DATASET_PRESETS, getPreset, makeDataset, type DatasetPreset } from './presets';
export { checkDataset, movePoint, addPoint, deletePoint, injectOutlier, type PointAt } from './edits';
export { lossTheta, surfaceLossSpec, SurfaceInputError, PARAMETERS, type Theta } from './surfaceLosses';
export type { Columns, ScalarSums } from './models/scalar';
export type { SliceColumns, SliceSums } from './models/softmax3';
export { penaltyOf, weightMap, regularizerOf, type Penalty } from './penalty';
export { compileObjective, checkObjective, makeObjective, objectiveAt, type CompiledObjective } from './objective';
export { surfaceCpu, withPenalty, gridCoord, checkGrid, undefinedProblem, MAX_GRID } from './surfaceCpu';
export { descend, projectMaxNorm, BLOW_UP, type Method, type PathPoint, type DescendOptions, type Descent } from './descend';
export { argminOnGrid, refineMinimum, minimumOf, regularizationPath, zeroRegionReachesEdge, type Optimum, type PathOptimum } from './minimum';
export { constraintRegion, type ConstraintRegion, type RegionShape } from './constraint';
export { softmaxSlice, trainSoftmax, softmaxObjective } from './models/softmax3/slice';
