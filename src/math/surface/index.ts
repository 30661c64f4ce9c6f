/** The float64 loss-surface core (issue 4): datasets, objectives, the CPU surface, optimizers and slices. */
export * from './types';
export { MAX_POINTS, datasetOf, CENTRES } from './datasets';
export { DATASET_PRESETS, getPreset, makeDataset, type DatasetPreset } from './presets';
export { checkDataset, movePoint, addPoint, deletePoint, injectOutlier, type PointAt } from './edits';
export { lossTheta, surfaceLossSpec, SurfaceInputError, PARAMETERS, type Theta } from './surfaceLosses';
export { SCALAR_SUMS, SLICE_SUMS, type Columns, type ScalarSums, type SliceColumns, type SliceSums } from './sums';
export { penaltyOf, weightMap, regularizerOf, type Penalty } from './penalty';
export { compileObjective, checkObjective, makeObjective, objectiveAt, type CompiledObjective } from './objective';
export { surfaceCpu, withPenalty, gridCoord, checkGrid, undefinedProblem, MAX_GRID } from './surfaceCpu';
export { descend, projectMaxNorm, BLOW_UP, type Method, type PathPoint, type DescendOptions, type Descent } from './descend';
export { argminOnGrid, refineMinimum, minimumOf, regularizationPath, zeroRegionReachesEdge, type Optimum, type PathOptimum } from './minimum';
export { constraintRegion, type ConstraintRegion, type RegionShape } from './constraint';
export { softmaxSlice, trainSoftmax, softmaxObjective, type SliceChoice } from './softmaxSlice';
