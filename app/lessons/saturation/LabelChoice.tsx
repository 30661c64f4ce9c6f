import { LABELS } from './state';

/** The binary label y as two radio buttons. */
export function LabelChoice({ y, onChange, name }: { y: '0' | '1'; onChange: (y: '0' | '1') => void; name: string }) {
  return (
    <fieldset className="kind-picker saturation-label">
      <legend>Label y</legend>
      {LABELS.map((v) => (
        <label key={v}>
          <input type="radio" name={name} checked={y === v} onChange={() => onChange(v)} />y = {v}
        </label>
      ))}
    </fieldset>
  );
}
