interface NegativeButtonsProps {
  readonly count: number;
  readonly max: number;
  readonly onAdd: () => void;
  readonly onRemove: () => void;
}

/** Add a negative (up to `max`) or remove the last one (down to one). */
export function NegativeButtons({ count, max, onAdd, onRemove }: NegativeButtonsProps) {
  return (
    <div className="metric-buttons">
      <button type="button" onClick={onAdd} disabled={count >= max}>
        Add a negative
      </button>
      <button type="button" onClick={onRemove} disabled={count <= 1}>
        Remove the last negative
      </button>
    </div>
  );
}
