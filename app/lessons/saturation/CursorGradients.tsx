import { showNumber } from './format';

export interface CursorRow {
  readonly id: string;
  readonly label: string;
  readonly grad: number;
}

/** dL/dz of each curve at the cursor, computed at the cursor's exact z (not read off the grid). */
export function CursorGradients({ z, rows, note }: { z: number; rows: readonly CursorRow[]; note?: string }) {
  return (
    <div className="saturation-cursor">
      <p>
        At the cursor, z = <output aria-label="cursor logit z">{showNumber(z)}</output>
        {note && <strong className="saturation-wrong"> · {note}</strong>}
      </p>
      <dl>
        {rows.map((r) => (
          <div key={r.id}>
            <dt>{r.label}</dt>
            <dd>
              <output aria-label={`dL/dz at the cursor, ${r.label}`}>{showNumber(r.grad)}</output>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
