import { buildIdOf } from './buildId';

/** How long the check waits for index.html before giving up (and leaving the failure to the view's error boundary). */
const CHECK_LIMIT_MS = 15_000;

/**
 * Whether the index.html served now (by the service worker that controls the page, or by the server)
 * belongs to another build than `ownBuild`: then a chunk that failed to load most likely failed because
 * this page's files were replaced by a new version's. False when they match, when index.html cannot
 * be fetched (offline and uncontrolled) or carries no build id.
 */
export async function newerBuildServed(ownBuild: string, indexUrl: string, fetchFn: typeof fetch = fetch): Promise<string | undefined> {
  try {
    const res = await fetchFn(indexUrl, { cache: 'no-store', signal: AbortSignal.timeout(CHECK_LIMIT_MS) });
    if (!res.ok) return undefined;
    const served = buildIdOf(await res.text());
    return served !== undefined && served !== ownBuild ? served : undefined;
  } catch {
    return undefined;
  }
}
