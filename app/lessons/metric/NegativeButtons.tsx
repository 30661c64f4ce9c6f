interface NegativeButtonsProps {
  readonly count: number;
  readonly max: number;
  readonly onAdd: () => void;
  readonly onRemove: () => void;
  /** What the points are called: “negative” (the default) or “class”. */
  readonly noun?: string;
}

/** Add a negative (up to `max`) or remove the last one (down to one). */
export function NegativeButtons({ count, max, onAdd, onRemove, noun = 'negative' }: NegativeButtonsProps) {
  return (
    <div className="metric-buttons">
      <button type="button" onClick={onAdd} disabled={count >= max}>
        Add a {noun}
      </button>
      <button type="button" onClick={onRemove} disabled={count <= 1}>
        Remove the last {noun}
      </button>
    </div>
  );
}
