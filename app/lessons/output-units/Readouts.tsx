import { showNumber } from '../saturation/format';

export interface Readout {
  /** The accessible name and the visible label. */
  readonly label: string;
  readonly value: number;
}

/** Labelled numbers at the cursor, each an <output> named by its label. */
export function Readouts({ items, caption }: { items: readonly Readout[]; caption: string }) {
  return (
    <div className="units-readouts">
      <p className="units-readouts-caption">{caption}</p>
      <dl>
        {items.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>
              <output aria-label={r.label}>{showNumber(r.value)}</output>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
