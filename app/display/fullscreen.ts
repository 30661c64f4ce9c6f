/**
 * Full screen for the whole page through the Fullscreen API. The browser may refuse (an iframe without
 * `allowfullscreen`, a browser without the API, no user gesture): the promise then resolves to the
 * reason, in words, and nothing else changes.
 */
export async function toggleFullscreen(doc: Document = document): Promise<string | undefined> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    else if (typeof doc.documentElement.requestFullscreen !== 'function' || doc.fullscreenEnabled === false) return 'this browser or frame does not allow it';
    else await doc.documentElement.requestFullscreen();
    return undefined;
  } catch (e) {
    return e instanceof Error && e.message ? e.message : String(e);
  }
}

export const fullscreenNotice = (reason: string) => `Full screen is not available here (${reason}). Presenting goes on in the window.`;
