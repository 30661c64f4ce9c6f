import { useId, useState } from 'react';
import { MAX_POINTS } from '../../math/surface/datasets';
import { addPoint, checkDataset, deletePoint, injectOutlier } from '../../math/surface/edits';
import type { Dataset } from '../../math/surface/types';
import { ClassSymbol } from './ClassSymbol';
import { classesOf, defaultLabel, hasLabels, pointName } from './classStyle';
import { newPointSpot, outlierSeed } from './suggest';
import type { EditPhase } from './useScatterKeyboard';
import './data.css';

export interface DataToolbarProps {
  readonly dataset: Dataset;
  readonly selected?: number;
  /** Every edit as a NEW dataset (always phase 'end'; the same signature as DataScatter's onChange). */
  readonly onChange: (next: Dataset, phase: EditPhase) => void;
  /** Told which point to choose after an edit (the added point, the next one after a delete). */
  readonly onSelect?: (i: number | undefined) => void;
  /** Asks the parent for the same preset with a new seed. */
  readonly onReseed: () => void;
  /** The presets of the current model kind (see presetOptions). */
  readonly presets: readonly { readonly id: string; readonly title: string }[];
  readonly presetId: string;
  readonly onPreset: (id: string) => void;
  /** Class of added points (binary ±1, softmax3 0..2); the picker shows only with onAddLabel, for classifiers. */
  readonly addLabel?: number;
  readonly onAddLabel?: (label: number) => void;
  /** The dataset's seed; the outlier injected into n points uses outlierSeed(seed, n), so edits repeat. */
  readonly seed: number;
}

/** Buttons and pickers that edit the data: add, delete, inject an outlier, reseed, choose a preset and a class. */
export function DataToolbar(p: DataToolbarProps) {
  const { dataset: ds, selected } = p;
  const id = useId();
  const [status, setStatus] = useState('');
  const bad = ds.n > 0 && checkDataset(ds) !== undefined;
  const label = p.addLabel ?? defaultLabel(ds.kind);
  const hasSelection = selected !== undefined && selected >= 0 && selected < ds.n;
  const known = p.presets.some((o) => o.id === p.presetId);

  const added = (next: Dataset, what: string) => {
    if (next.n <= ds.n) return;
    p.onChange(next, 'end');
    p.onSelect?.(next.n - 1);
    setStatus(`${what} ${pointName(next, next.n - 1)}`);
  };
  const add = () => added(addPoint(ds, newPointSpot(ds, label), label), 'Added');
  const outlier = () => added(injectOutlier(ds, outlierSeed(p.seed, ds.n)), 'Injected an outlier as');
  const remove = () => {
    if (!hasSelection) return;
    const next = deletePoint(ds, selected);
    p.onChange(next, 'end');
    p.onSelect?.(next.n === 0 ? undefined : Math.min(selected, next.n - 1));
    setStatus(`Deleted point ${selected + 1}; ${next.n} left.`);
  };

  return (
    <div className="data-toolbar">
      <label className="data-preset">
        Dataset
        <select value={known ? p.presetId : ''} onChange={(e) => p.onPreset(e.currentTarget.value)}>
          {!known && <option value="" disabled>Choose…</option>}
          {p.presets.map((o) => (
            <option key={o.id} value={o.id}>{o.title}</option>
          ))}
        </select>
      </label>
      <div className="data-buttons">
        <button type="button" onClick={add} disabled={bad || ds.n >= MAX_POINTS}>Add point</button>
        <button type="button" onClick={remove} disabled={!hasSelection}>Delete point</button>
        <button type="button" onClick={outlier} disabled={bad || ds.n === 0 || ds.n >= MAX_POINTS}>Inject outlier</button>
        <button type="button" onClick={p.onReseed}>Reseed</button>
      </div>
      {hasLabels(ds.kind) && p.onAddLabel && (
        <fieldset>
          <legend>New points</legend>
          {classesOf(ds.kind).map((c) => (
            <label key={c.value}>
              <input type="radio" name={`${id}-class`} checked={label === c.value} onChange={() => p.onAddLabel?.(c.value)} />
              <ClassSymbol style={c} />
              class {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="data-sr-only" aria-live="polite">{status}</p>
    </div>
  );
}
