import { useLayoutEffect, useRef } from 'react';
import { clamp } from '../../../src/math/numerics';
import { CLASS_NAMES, CLASSES } from '../../../src/math/lessons/ctc';
import { FrameClassHeader } from './NumberTables';
import { LOGIT_BOUNDS } from './state';

/** The accessible name of one logit's field: “frame 3, A”, or “frame 3, blank ε”. */
export const logitName = (t: number, k: number) => `frame ${t + 1}, ${k === 0 ? 'blank ε' : CLASS_NAMES[k]}`;

export interface LogitTableProps {
  /** Frame-major logits, T × 4. */
  readonly z: readonly number[];
  readonly onChange: (z: readonly number[]) => void;
}

/** One number field per frame and class; arrow keys move a logit by one step. */
export function LogitTable({ z, onChange }: LogitTableProps) {
  const frames = z.length / CLASSES;
  const setAt = (i: number, v: number) => onChange(z.map((x, j) => (j === i ? clamp(v, ...LOGIT_BOUNDS.range) : x)));
  return (
    <table className="ctc-logits">
        <caption>Logits per frame</caption>
        <FrameClassHeader />
        <tbody>
          {Array.from({ length: frames }, (_row, t) => (
            <tr key={t}>
              <th scope="row">{t + 1}</th>
              {CLASS_NAMES.map((_name, k) => (
                <td key={k}>
                  <LogitField name={logitName(t, k)} value={z[t * CLASSES + k]!} onChange={(v) => setAt(t * CLASSES + k, v)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
    </table>
  );
}

function LogitField({ name, value, onChange }: { name: string; value: number; onChange: (v: number) => void }) {
  const field = useRef<HTMLInputElement>(null);
  // The field keeps what someone is typing (“-”, “1.”) while it means the same number.
  useLayoutEffect(() => {
    const f = field.current;
    if (f && f.valueAsNumber !== value) f.value = String(value);
  });
  return (
    <input
      ref={field}
      type="number"
      className="ctc-logit"
      aria-label={name}
      min={LOGIT_BOUNDS.range[0]}
      max={LOGIT_BOUNDS.range[1]}
      step={LOGIT_BOUNDS.step}
      defaultValue={value}
      onChange={(e) => {
        const v = e.currentTarget.valueAsNumber;
        if (Number.isFinite(v)) onChange(v);
      }}
    />
  );
}
