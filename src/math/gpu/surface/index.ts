/**
 * The WebGL surface path: fused GPGPU programs through tfjs-backend-webgl that compute the same
 * SurfaceResult as the float64 surfaceCpu. Nothing here imports tfjs at run time (types only); the
 * runtime comes from loadWebgl() in ../backend, which loads tfjs with import().
 */
export { surfaceGpu } from './surfaceGpu';
export { surfaceStockOps, STOCK_LOSSES } from './stockOps';
export { benchSurface, benchRequest, BENCH_SIZES, type SurfaceTiming } from './bench';
export { compareSurfaces, SURFACE_TOLERANCE, type SurfaceAgreement } from './agreement';
export { SURFACE_KERNELS, surfaceKernel } from './kernels';
export { GpuContextLostError, loadWebgl, recoverWebgl, WebglUnavailableError, type GpuRuntime } from '../backend';
