import type { OwnDef } from '../../src/math/own/def';

type Install = (defs: readonly OwnDef[]) => unknown;

/**
 * Runs a worker job with its typed losses installed. The installer loads on the first typed job (`load`: the
 * parser's chunk), and a set of formulas is compiled once, not again for every job that names the same set.
 * Installing and computing happen in one synchronous stretch after the only await, so a job for other
 * formulas cannot slip in between. A load that fails is tried again by the next job.
 */
export function createOwnInstaller(load: () => Promise<Install>) {
  let installedKey = '';
  let loading: Promise<Install> | undefined;
  return async function withOwn<T>(own: readonly OwnDef[] | undefined, compute: () => T): Promise<T> {
    if (!own) return compute();
    const key = JSON.stringify(own.map((d) => [d.id, d.axis, d.text]));
    if (key !== installedKey) {
      const install = await (loading ??= load().catch((e: unknown) => {
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
