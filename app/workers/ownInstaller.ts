import type { OwnDef } from '../../src/math/own/def';
import { settleWithin } from '../settleWithin';

type Install = (defs: readonly OwnDef[]) => unknown;

/** How long a job waits for the parser's chunk before it fails (as the page waits for its own copy). */
export const OWN_LOAD_LIMIT_MS = 20_000;

/**
 * Runs a worker job with its typed losses installed. The installer loads on the first typed job (`load`: the
 * parser's chunk), and a set of formulas is compiled once, not again for every job that names the same set.
 * Installing and computing happen in one synchronous stretch after the only await, so a job for other
 * formulas cannot slip in between. A load that fails, or has not arrived within `limitMs`, fails its job (the
 * page shows why) and is tried again by the next job.
 */
export function createOwnInstaller(load: () => Promise<Install>, limitMs = OWN_LOAD_LIMIT_MS) {
  let installedKey = '';
  let loading: Promise<Install> | undefined;
  return async function withOwn<T>(own: readonly OwnDef[] | undefined, compute: () => T): Promise<T> {
    if (!own) return compute();
    const key = JSON.stringify(own.map((d) => [d.id, d.axis, d.text]));
    if (key !== installedKey) {
      const install = await (loading ??= settleWithin(load(), limitMs, () => new Error(`the formula parser did not load in the worker within ${limitMs / 1000} s`)).catch((e: unknown) => {
        loading = undefined;
        throw e;
      }));
      if (key !== installedKey) {
        install(own);
        installedKey = key;
      }
    }
    return compute();
  };
}
