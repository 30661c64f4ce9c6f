import { useLayoutEffect, useRef } from 'react';
import { clamp } from '../../../src/math/numerics';
import { CLASSES, SCORE_BOUNDS } from './state';

export interface ScoreEditorProps {
  readonly z: readonly number[];
  readonly onChange: (z: readonly number[]) => void;
}

/** The slider covers the everyday range; the number field takes anything in SCORE_BOUNDS. */
const SLIDER: readonly [number, number] = [-10, 10];

/** One editable score per class (slider and number field), and buttons to add or remove a class. */
export function ScoreEditor({ z, onChange }: ScoreEditorProps) {
  const setAt = (i: number, v: number) => onChange(z.map((x, j) => (j === i ? clamp(v, ...SCORE_BOUNDS.range) : x)));
  return (
    <fieldset className="score-editor">
      <legend>Scores (logits)</legend>
      {z.map((v, i) => (
        <ScoreRow key={i} index={i} value={v} onChange={(x) => setAt(i, x)} />
      ))}
      <div className="score-buttons">
        <button type="button" disabled={z.length >= CLASSES[1]} onClick={() => onChange([...z, 0])}>
          Add a class
        </button>
        <button type="button" disabled={z.length <= CLASSES[0]} onClick={() => onChange(z.slice(0, -1))}>
          Remove the last class
        </button>
      </div>
    </fieldset>
  );
}

function ScoreRow({ index, value, onChange }: { index: number; value: number; onChange: (v: number) => void }) {
  const name = `Score z${index + 1}`;
  const field = useRef<HTMLInputElement>(null);
  // The number field keeps what someone is typing (“-”, “1.”) while it means the same number.
  useLayoutEffect(() => {
    const f = field.current;
    if (f && f.valueAsNumber !== value) f.value = String(value);
  });
  const take = (v: number) => {
    if (Number.isFinite(v)) onChange(v);
  };
  return (
    <div className="score-row">
      <label htmlFor={`score-${index}`} className="score-name">
        z<sub>{index + 1}</sub>
      </label>
      <input
        id={`score-${index}`}
        type="range"
        aria-label={name}
        min={SLIDER[0]}
        max={SLIDER[1]}
        step={SCORE_BOUNDS.step}
        value={clamp(value, ...SLIDER)}
        aria-valuetext={String(value)}
        onChange={(e) => take(e.currentTarget.valueAsNumber)}
      />
      <input
        ref={field}
        type="number"
        className="score-number"
        aria-label={`${name} value`}
        min={SCORE_BOUNDS.range[0]}
        max={SCORE_BOUNDS.range[1]}
        step={SCORE_BOUNDS.step}
        defaultValue={value}
        onChange={(e) => take(e.currentTarget.valueAsNumber)}
      />
    </div>
  );
}
