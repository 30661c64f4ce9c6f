/** What a copy attempt achieved: written to the clipboard, or left for the person to copy by hand. */
export type CopyOutcome = 'copied' | 'manual';

/** The part of the Clipboard API used here (navigator.clipboard may be missing: http, old browsers). */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** Writes through the async Clipboard API; false when it is missing, throws or rejects. */
export async function writeClipboard(text: string, clipboard: ClipboardLike | undefined): Promise<boolean> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the text selected in a field with the old `execCommand('copy')`, which still works
 * where the Clipboard API is refused; false when the browser says no or throws.
 */
export function copySelection(field: HTMLTextAreaElement): boolean {
  field.focus();
  field.select();
  try {
    // Deprecated but still the only synchronous fallback; the result says whether it worked.
    return field.ownerDocument.execCommand('copy');
  } catch {
    return false;
  }
}

/** The message a polite live region reads after a copy attempt. */
export function copyMessage(outcome: CopyOutcome): string {
  return outcome === 'copied' ? 'Copied' : 'Copy failed — select and copy';
}

/** The browser's clipboard, when this page may use it. */
export function browserClipboard(): ClipboardLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
}
