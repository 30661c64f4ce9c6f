import { useId, useState } from 'react';
import { parseRange } from './ownText';

export interface RangeEditorProps {
  /** The parameter's name as typed in the formula. */
  readonly name: string;
  readonly range: readonly [number, number];
  /** Called with a valid range (finite, from < to) whenever the fields hold one. */
  readonly onRange: (range: readonly [number, number]) => void;
}

/** The slider range of one parameter of a typed loss: two number fields, "q from" and "q to", checked as typed. */
export function RangeEditor({ name, range, onRange }: RangeEditorProps) {
  const id = useId();
  const [seen, setSeen] = useState(range);
  const [draft, setDraft] = useState<readonly [string, string]>([String(range[0]), String(range[1])]);
  // A range changed elsewhere (a link, another editor) replaces the fields' text.
  if (seen[0] !== range[0] || seen[1] !== range[1]) {
    setSeen(range);
    setDraft([String(range[0]), String(range[1])]);
  }
  const checked = parseRange(draft[0], draft[1]);
  const bad = typeof checked === 'string';
  const edit = (i: 0 | 1, text: string) => {
    const next: [string, string] = [draft[0], draft[1]];
    next[i] = text;
    setDraft(next);
    const r = parseRange(next[0], next[1]);
    if (typeof r !== 'string' && (r[0] !== range[0] || r[1] !== range[1])) {
      setSeen(r);
      onRange(r);
    }
  };
  return (
    <fieldset className="own-range">
      <legend className="sr-only">Slider range of {name}</legend>
      {([0, 1] as const).map((i) => (
        <span key={i} className="own-range-field">
          <label htmlFor={`${id}-${i}`}>
            {name} {i === 0 ? 'from' : 'to'}
          </label>
          <input
            id={`${id}-${i}`}
            type="number"
            step="any"
            value={draft[i]}
            onChange={(e) => edit(i, e.currentTarget.value)}
            aria-invalid={bad || undefined}
            aria-describedby={bad ? `${id}-why` : undefined}
          />
        </span>
      ))}
      <span id={`${id}-why`} className="own-error" aria-live="polite">
        {bad ? checked : ''}
      </span>
    </fieldset>
  );
}
