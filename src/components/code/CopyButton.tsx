import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import './code.css';
import { browserClipboard, copyMessage, copySelection, writeClipboard, type CopyOutcome } from './copyText';

export interface CopyButtonProps {
  /** The text to copy, or a function that builds it when the button is pressed (text that changes every frame of a drag). */
  readonly text: string | (() => string);
  /** Visible label, e.g. "Copy code". */
  readonly label: string;
  /** Accessible name; it must contain the visible label, e.g. "Copy code for Huber in PyTorch". */
  readonly name: string;
  /** Label of the read-only field shown when the copy has to be done by hand, e.g. "PyTorch code for Huber". */
  readonly fieldLabel: string;
}

const CLEAR_AFTER_MS = 4000;

/**
 * A copy button with a polite live region. It writes through the Clipboard API; when that is
 * missing or refused it shows the text in a read-only field, selects it and tries the older
 * execCommand copy, and if that fails too it says so and leaves the selected text for Ctrl+C.
 */
export function CopyButton({ text, label, name, fieldLabel }: CopyButtonProps) {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState(0); // > 0: the field is shown; bumps on each fallback attempt
  const [fieldText, setFieldText] = useState(''); // what the field shows: the text as it was when pressed
  const field = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const report = useCallback((outcome: CopyOutcome) => {
    clearTimeout(timer.current);
    setMessage(copyMessage(outcome));
    if (outcome === 'copied') timer.current = setTimeout(() => setMessage(''), CLEAR_AFTER_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Runs after the fallback field has rendered with the text, so it can be selected.
  useEffect(() => {
    if (fallback === 0 || !field.current) return;
    if (copySelection(field.current)) {
      setFallback(0);
      button.current?.focus();
      report('copied');
    } else {
      report('manual');
    }
  }, [fallback, report]);

  const copy = async () => {
    setMessage('');
    const value = typeof text === 'function' ? text() : text;
    if (await writeClipboard(value, browserClipboard())) {
      setFallback(0);
      report('copied');
    } else {
      setFieldText(value);
      setFallback((n) => n + 1);
    }
  };

  const closeField = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Escape') return;
    setFallback(0);
    setMessage('');
    button.current?.focus();
  };

  return (
    <span className="copy">
      <button ref={button} type="button" className="copy-button" aria-label={name} onClick={() => void copy()}>
        {label}
      </button>
      <output className="copy-status" aria-live="polite">{message}</output>
      {fallback > 0 && (
        <textarea
          ref={field}
          className="copy-field"
          readOnly
          aria-label={`${fieldLabel} (selected: press Ctrl+C or ⌘C to copy, Escape to close)`}
          value={fieldText}
          rows={Math.min(8, fieldText.split('\n').length + 1)}
          onKeyDown={closeField}
        />
      )}
    </span>
  );
}
