/** Significant digits shown on screen; the full float64 value is in data-value for checks and copying. */
const SHOWN = 6;

/** A number as the page shows it: up to 6 significant digits, no exponent below 1e21 unless tiny. */
export function shownNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(SHOWN)));
}

export interface NumberReadoutProps {
  /** The readout's accessible name ("SVM loss"). */
  readonly label: string;
  readonly value: number;
  /** False shows a placeholder (a predict-first question asks about this number). */
  readonly shown?: boolean;
  /** Leaves out the visible label (a table cell whose row and column already say it); the accessible name stays. */
  readonly compact?: boolean;
}

/** A labelled number: `<output aria-label>` with the exact value in `data-value`. */
export function NumberReadout({ label, value, shown = true, compact = false }: NumberReadoutProps) {
  return (
    <span className="lfig-readout">
      {!compact && (
        <span className="lfig-readout-label" aria-hidden="true">
          {label}
        </span>
      )}
      {shown ? (
        <output aria-label={label} data-value={String(value)}>
          {shownNumber(value)}
        </output>
      ) : (
        <output aria-label={label} className="lfig-hidden">?</output>
      )}
    </span>
  );
}
