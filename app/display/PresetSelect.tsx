import { useId } from 'react';
import type { Preset } from '../../src/components/catalog/types';

export interface PresetSelectProps {
  readonly presets: readonly Preset[];
  readonly activeId?: string;
  readonly onPick: (id: string) => void;
}

/** The comparisons as one drop-down: what presenter mode shows instead of the catalog and its buttons. */
export function PresetSelect({ presets, activeId, onPick }: PresetSelectProps) {
  const id = useId();
  const active = presets.some((p) => p.id === activeId) ? activeId! : '';
  return (
    <p className="preset-select">
      <label htmlFor={id}>Comparison</label>
      <select id={id} value={active} onChange={(e) => e.target.value && onPick(e.target.value)}>
        {active === '' && <option value="">Losses chosen by hand</option>}
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </p>
  );
}
