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
  /** Whether textures hold float32 (otherwise float16 and the float32 tolerances fail). */
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

async function init(): Promise<GpuRuntime> {
  const t0 = performance.now();
  // Only ever through import(): tfjs stays out of the first chunk.
  const [tf] = await Promise.all([import('@tensorflow/tfjs-core'), import('@tensorflow/tfjs-backend-webgl')]);
  let ok: boolean;
  try {
    ok = await tf.setBackend('webgl');
    await tf.ready();
  } catch (e) {
    throw new WebglUnavailableError(e instanceof Error ? e.message : String(e));
  }
  if (!ok) throw new WebglUnavailableError('tfjs could not create a WebGL context');
  const backendName = tf.getBackend();
  if (backendName !== 'webgl') throw new WebglUnavailableError(`tfjs is using "${backendName}", not webgl`);
  return {
    tf,
    backend: tf.backend() as MathBackendWebGL,
    backendName,
    webglVersion: tf.env().getNumber('WEBGL_VERSION'),
    float32: tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED'),
    initMs: performance.now() - t0,
  };
}

// tfjs's engine is a page-wide singleton, so its initialisation is shared too; a failure is
// not cached, so a later call may try again.
let loading: Promise<GpuRuntime> | undefined;

/**
 * Loads tfjs-core + tfjs-backend-webgl on demand and switches to WebGL. Rejects with
 * WebglUnavailableError when WebGL is missing, never silently running on another backend.
 */
export function loadWebgl(): Promise<GpuRuntime> {
  loading ??= init().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/**
 * Drops tfjs's WebGL backend (after a lost context its cached programs and textures are dead), registers
 * the same backend factory again and initialises it on a new context — under `webglVersion` when given
 * (flags re-evaluated), else the version in use. Rejects with WebglUnavailableError when no context can be had.
 */
export async function restartWebgl(webglVersion?: 1 | 2): Promise<GpuRuntime> {
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
