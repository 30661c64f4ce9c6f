import { useId, useRef, useState } from 'react';

/**
 * A read-only text (the link, a snippet) with its Copy button. Where the clipboard refuses (an insecure
 * page, a denied permission), the text is selected and the status says to copy it by hand.
 */
export function CopyField({ label, text, multiline = false }: { label: string; text: string; multiline?: boolean }) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${label.toLowerCase()}.`);
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('The clipboard is not available here; the text is selected: press Ctrl+C (⌘C) to copy it.');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea ref={field} id={id} readOnly value={text} rows={Math.min(6, text.split('\n').length + 1)} spellCheck={false} />
        ) : (
          <input ref={field} id={id} type="text" readOnly value={text} spellCheck={false} />
        )}
        <button type="button" onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>
      </div>
      <output className="copy-status" aria-live="polite">{status}</output>
    </div>
  );
}
