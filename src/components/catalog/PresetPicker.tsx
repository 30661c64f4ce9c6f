import { useId, useState, memo } from 'react';
import type { Preset } from './types';
import './catalog.css';

export interface PresetPickerProps {
  readonly presets: readonly Preset[];
  /** The preset the current view was loaded from, if it still matches. */
  readonly activeId?: string;
  readonly onPick: (id: string) => void;
}

/**
 * One button per comparison. Each button's description is its blurb; the blurb of the focused or hovered
 * preset (else the active one) is also shown under the row of buttons.
 */
export const PresetPicker = memo(function PresetPicker({ presets, activeId, onPick }: PresetPickerProps) {
  const id = useId();
  const [peek, setPeek] = useState<string | undefined>(undefined);
  const shown = presets.find((p) => p.id === (peek ?? activeId));
  return (
    <fieldset className="preset-picker">
      <legend>Comparisons</legend>
      <ul className="preset-list">
        {presets.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-pressed={p.id === activeId}
              aria-describedby={`${id}-${p.id}`}
              onClick={() => onPick(p.id)}
              onFocus={() => setPeek(p.id)}
              onBlur={() => setPeek(undefined)}
              onMouseEnter={() => setPeek(p.id)}
              onMouseLeave={() => setPeek(undefined)}
            >
              {p.title}
            </button>
            <span id={`${id}-${p.id}`} hidden>{p.blurb}</span>
          </li>
        ))}
      </ul>
      <p className="preset-blurb" aria-hidden="true">
        {shown ? shown.blurb : 'Each button loads a comparison from the notes: its losses, axis and parameters.'}
      </p>
    </fieldset>
  );
});
