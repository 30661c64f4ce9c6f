import type * as TfCore from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/** tfjs-core with the WebGL backend initialised and verified to be the one in use. */
export interface GpuRuntime {
  readonly tf: typeof TfCore;
  readonly backend: MathBackendWebGL;
  /** What tf.getBackend() reports: always 'webgl' here (anything else is an error). */
  readonly backendName: string;
  /** 1 or 2. Under WebGL1 shader loops need constant bounds. */
  readonly webglVersion: number;
  /** Whether textures hold float32: always true, loadWebgl refuses a GPU that would use float16. */
  readonly float32: boolean;
  /** Milliseconds to download tfjs and create the WebGL context. */
  readonly initMs: number;
}

export const WEBGL_UNAVAILABLE = 'WebGL unavailable — computed on the CPU in float64';

/** WebGL could not be used; `message` is fit for the UI, `detail` says why. */
export class WebglUnavailableError extends Error {
  override name = 'WebglUnavailableError';
  constructor(readonly detail: string) {
    super(WEBGL_UNAVAILABLE);
  }
}

/** The detail when the GPU can only render to half-float textures. */
export const NO_FLOAT32 = 'this GPU cannot render to float32 textures, and float16 is too coarse';

export const WEBGL_CONTEXT_LOST = 'The WebGL context was lost — computing on the CPU in float64';

/**
 * The WebGL context behind tfjs is gone (driver reset, GPU process crash, WEBGL_lose_context). tfjs does
 * not recover by itself: every program and texture it cached belonged to the old context. The caller
 * falls back to the CPU path and may call recoverWebgl() for a fresh context.
 */
export class GpuContextLostError extends Error {
  override name = 'GpuContextLostError';
  constructor() {
    super(WEBGL_CONTEXT_LOST);
  }
}

/** Whether the runtime's WebGL context has been lost. */
export function contextLost(rt: GpuRuntime): boolean {
  return rt.backend.gpgpu.gl.isContextLost();
}

/**
 * `work`, unless the runtime's context is lost before it settles: then a GpuContextLostError. tfjs polls
 * a fence that never passes once the context is gone, so a read-back would otherwise never settle.
 */
export function untilContextLost<T>(rt: GpuRuntime, work: Promise<T>): Promise<T> {
  if (contextLost(rt)) return Promise.reject(new GpuContextLostError());
  const canvas = rt.backend.gpgpu.gl.canvas as unknown as EventTarget;
  let onLost = () => {};
  const lost = new Promise<never>((_, reject) => {
    onLost = () => reject(new GpuContextLostError());
    canvas.addEventListener('webglcontextlost', onLost);
  });
  return Promise.race([work, lost]).finally(() => canvas.removeEventListener('webglcontextlost', onLost));
}

/** Time allowed for tfjs to download and create its WebGL backend before the CPU path takes over. */
export const LOAD_LIMIT_MS = 20_000;

/**
 * The load limit in force: LOAD_LIMIT_MS, or `globalThis.lossAtlasLoadLimitMs` when a page sets it (the
 * e2e tests shorten it to see a load that never settles end without waiting out the default).
 */
export function loadLimitMs(): number {
  const set = (globalThis as { lossAtlasLoadLimitMs?: unknown }).lossAtlasLoadLimitMs;
  return typeof set === 'number' && set > 0 ? set : LOAD_LIMIT_MS;
}

/** `work`, or a WebglUnavailableError saying `what` did not start once `ms` have passed without it settling. */
export function withinLimit<T>(work: Promise<T>, ms: number, what = 'tfjs'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WebglUnavailableError(`${what} did not start within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function init(): Promise<GpuRuntime> {
  const t0 = performance.now();
  // Only ever through import(): tfjs stays out of the first chunk.
  const [tf] = await Promise.all([import('@tensorflow/tfjs-core'), import('@tensorflow/tfjs-backend-webgl')]).catch((e: unknown) => {
    throw new WebglUnavailableError(`tfjs could not be loaded: ${message(e)}`);
  });
  let ok: boolean;
  try {
    ok = await tf.setBackend('webgl');
    await tf.ready();
  } catch (e) {
    throw new WebglUnavailableError(message(e));
  }
  if (!ok) throw new WebglUnavailableError('tfjs could not create a WebGL context');
  const backendName = tf.getBackend();
  if (backendName !== 'webgl') throw new WebglUnavailableError(`tfjs is using "${backendName}", not webgl`);
  // Without float32 render targets tfjs quietly computes in float16: too coarse for every float32 tolerance.
  if (!tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) throw new WebglUnavailableError(NO_FLOAT32);
  return {
    tf,
    backend: tf.backend() as MathBackendWebGL,
    backendName,
    webglVersion: tf.env().getNumber('WEBGL_VERSION'),
    float32: true,
    initMs: performance.now() - t0,
  };
}

// tfjs's engine is a page-wide singleton, so its initialisation is shared too; a failure is
// not cached, so a later call may try again.
let loading: Promise<GpuRuntime> | undefined;

/**
 * Loads tfjs-core + tfjs-backend-webgl on demand and switches to WebGL. Rejects with
 * WebglUnavailableError when WebGL is missing, lacks float32 render targets, or tfjs fails to load or has
 * not started within `limitMs` (loadLimitMs()); never silently runs on another backend. A load past the
 * limit goes on: a later call may still get it.
 */
export function loadWebgl(limitMs = loadLimitMs()): Promise<GpuRuntime> {
  loading ??= init().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return withinLimit(loading, limitMs);
}

/**
 * Drops tfjs's WebGL backend (after a lost context its cached programs and textures are dead), registers
 * the same backend factory again and initialises it on a new context — under `webglVersion` when given
 * (flags re-evaluated), else the version in use. Rejects with WebglUnavailableError when no context can be had.
 */
export function restartWebgl(webglVersion?: 1 | 2, limitMs = loadLimitMs()): Promise<GpuRuntime> {
  // A first load that never settles must not hold a restart forever: the whole restart has the load limit.
  return withinLimit(restart(webglVersion), limitMs);
}

async function restart(webglVersion?: 1 | 2): Promise<GpuRuntime> {
  await loading?.catch(() => undefined);
  const [tf] = await Promise.all([import('@tensorflow/tfjs-core'), import('@tensorflow/tfjs-backend-webgl')]);
  const factory = tf.findBackendFactory('webgl');
  if (!factory) throw new WebglUnavailableError('the tfjs WebGL backend is not registered');
  tf.removeBackend('webgl');
  if (webglVersion !== undefined) {
    tf.env().reset();
    tf.env().set('WEBGL_VERSION', webglVersion);
  }
  tf.registerBackend('webgl', factory, 2);
  loading = undefined;
  return loadWebgl();
}

/** After a lost context: a fresh WebGL backend on a new context (a runtime still alive is returned as is). */
export async function recoverWebgl(): Promise<GpuRuntime> {
  const old = await loading?.catch(() => undefined);
  if (old && !contextLost(old)) return old;
  return restartWebgl();
}
