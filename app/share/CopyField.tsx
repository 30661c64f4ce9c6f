import { useId, useRef, useState } from 'react';
import { browserClipboard, copySelection, writeClipboard } from '../../src/components/code/copyText';

/**
 * A read-only text (the link, a snippet) with its Copy button. Where the Clipboard API is missing or
 * refused, the text is selected and copied the older way; failing that, the status says to press Ctrl+C.
 */
export function CopyField({ label, what, text, multiline = false }: { label: string; what: string; text: string; multiline?: boolean }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('');
    if (await writeClipboard(text, browserClipboard())) {
      setStatus(`Copied the ${what}.`);
      return;
    }
    const f = field.current;
    if (f && copySelection(f)) {
      button.current?.focus();
      setStatus(`Copied the ${what}.`);
    } else {
      f?.focus();
      f?.select();
      setStatus('The text is selected: press Ctrl+C (⌘C) to copy it.');
    }
  };
  return (
    <div className="share-copy">
      <label htmlFor={id}>{label}</label>
      <div className="share-copy-row">
        <textarea ref={field} id={id} readOnly value={text} rows={multiline ? 4 : 1} spellCheck={false} className={multiline ? undefined : 'share-line'} />
        <button ref={button} type="button" onClick={() => void copy()}>
          Copy {what}
        </button>
      </div>
      <output className="share-copy-status" aria-live="polite">{status}</output>
    </div>
  );
}
