import { memo } from 'react';
import type { Preset, PresetStop } from './types';
import './catalog.css';

export interface PresetStopsProps {
  readonly preset: Preset;
  /** The stop the drawn losses hold now, if any. */
  readonly active?: PresetStop;
  readonly onStop: (stop: PresetStop) => void;
}

/** A preset's named settings along one knob (Barron's α: L2, Charbonnier, …), one button each. */
export const PresetStops = memo(function PresetStops({ preset, active, onStop }: PresetStopsProps) {
  if (!preset.stops?.length) return null;
  const knobs = [...new Set(preset.stops.flatMap((s) => Object.keys(s.params)))].join(', ');
  return (
    <fieldset className="preset-stops">
      <legend>Jump to ({knobs})</legend>
      <ul>
        {preset.stops.map((stop) => (
          <li key={stop.label}>
            <button
              type="button"
              aria-pressed={stop === active}
              title={Object.entries(stop.params).map(([k, v]) => `${k} = ${v}`).join(', ')}
              onClick={() => onStop(stop)}
            >
              {stop.label}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
