import { useEffect, useId, useRef, useState } from 'react';
import type { ExprError, TypedExpr } from '../../math/expr/types';
import { OWN_PARAM_RANGE, type OwnDef } from '../../math/own/def';
import { RangeEditor } from './RangeEditor';
import { faultText } from './ownText';
import './own.css';

export interface OwnLossEditorProps {
  readonly def: OwnDef;
  /** 1, 2 or 3: names the fields ("Your loss 1 in r"). */
  readonly index: number;
  /** The variable the formula is written in (r, m, z, p or x). */
  readonly variable: string;
  /** The formula the def's text compiled to (its parameters get range fields). */
  readonly expr?: TypedExpr;
  /** The last text tried that did not compile, and why; the def's curve stays meanwhile. */
  readonly fault?: { readonly text: string; readonly error: ExprError };
  /** Sentences on where the formula is undefined over the drawn range ("undefined for r < 0"). */
  readonly notes?: readonly string[];
  /** How the derivative was found and checked ("Derivative symbolic; it agrees with automatic differentiation …"). */
  readonly check?: string;
  readonly onApply: (text: string) => void;
  readonly onRange: (name: string, range: readonly [number, number]) => void;
  readonly onRemove: () => void;
  /** Puts the keyboard in the formula field when the editor appears (it was just added). */
  readonly focusOnMount?: boolean;
}

/**
 * One typed loss: its formula field (applied on Enter or with the button), the parser's message under the field
 * while the text is bad, where the formula is undefined, a range for each parameter's slider, and Remove.
 * The text only ever reaches the page as React text.
 */
export function OwnLossEditor({ def, index, variable, expr, fault, notes = [], check, onApply, onRange, onRemove, focusOnMount = false }: OwnLossEditorProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [focusFirst] = useState(focusOnMount);
  useEffect(() => {
    if (focusFirst) input.current?.focus();
  }, [focusFirst]);
  const [seen, setSeen] = useState(def.text);
  const [draft, setDraft] = useState(fault?.text ?? def.text);
  // A formula changed elsewhere (a link read, back/forward) replaces the field's text.
  if (seen !== def.text) {
    setSeen(def.text);
    setDraft(def.text);
  }
  const failing = fault !== undefined && fault.text === draft;
  const label = `Your loss ${index} in ${variable}`;
  const apply = () => onApply(draft.trim());
  return (
    <fieldset className="own-editor">
      <legend className="sr-only">Your loss {index}</legend>
      <label htmlFor={`${id}-text`} className="own-label">
        {label}
      </label>
      <div className="own-row">
        <input
          ref={input}
          id={`${id}-text`}
          className="own-text"
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            apply();
          }}
          aria-invalid={failing || undefined}
          aria-describedby={`${id}-why`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <button type="button" onClick={apply}>
          Apply
        </button>
      </div>
      <p id={`${id}-why`} className="own-error" role="alert">
        {failing ? faultText(fault.error) : ''}
      </p>
      {failing && <p className="own-stays muted">The curve drawn is still that of {def.text.length > 60 ? `${def.text.slice(0, 60)}…` : def.text}.</p>}
      {notes.length > 0 && (
        <ul className="own-notes" aria-label={`Where your loss ${index} is undefined`}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {check && !failing && <p className="own-check muted">{check}</p>}
      {expr?.params.map((name) => (
        <RangeEditor key={name} name={name} range={def.ranges[name] ?? OWN_PARAM_RANGE} onRange={(r) => onRange(name, r)} />
      ))}
      <button type="button" className="own-remove" onClick={onRemove}>
        Remove your loss {index}
      </button>
    </fieldset>
  );
}
