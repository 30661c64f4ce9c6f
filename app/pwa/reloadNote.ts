/**
 * A notice carried across one reload: the page about to reload leaves it in sessionStorage (this tab
 * only), the reloaded page takes it and shows it. Storage that refuses (privacy settings) loses the
 * notice, never the reload.
 */
const KEY = 'loss-atlas:after-reload';

export type ReloadReason = 'handover' | 'stale';

export function leaveReloadNote(reason: ReloadReason, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  try {
    storage.setItem(KEY, reason);
  } catch {
    // No storage: the page reloads without the notice.
  }
}

/** The reason left by the page before the reload, once: taking it removes it. */
export function takeReloadNote(storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage): ReloadReason | undefined {
  try {
    const reason = storage.getItem(KEY);
    storage.removeItem(KEY);
    return reason === 'handover' || reason === 'stale' ? reason : undefined;
  } catch {
    return undefined;
  }
}

/** What the reloaded page says, with its own build id. */
export function reloadNotice(reason: ReloadReason, buildId: string): string {
  return reason === 'handover'
    ? `Loss Atlas has been updated (version ${buildId}).`
    : `A new version of Loss Atlas (${buildId}) was published while this page was open; the page reloaded to load it.`;
}
