import { useId, type ChangeEvent } from 'react';
import type { ParamSpec } from '../../math/types';
import { Formula } from '../formula/Formula';

export interface ParamSliderProps {
  readonly spec: ParamSpec;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** Names of the losses this parameter drives, when more than one. */
  readonly context?: string;
}

/** Decimal places implied by a step, so 0.05 shows as 1.25 and not 1.2500000000000002. */
export function stepDecimals(step: number): number {
  const s = String(step);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** Clamps to the range and snaps to the step grid (integers stay integers). */
export function clampToSpec(spec: ParamSpec, v: number): number {
  const [lo, hi] = spec.range;
  const c = Math.min(hi, Math.max(lo, v));
  return spec.integer ? Math.round(c) : c;
}

/** A labelled range slider plus a number field for one loss parameter. */
export function ParamSlider({ spec, value, onChange, context }: ParamSliderProps) {
  const id = useId();
  const decimals = stepDecimals(spec.step);
  const set = (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.valueAsNumber;
    if (Number.isFinite(v)) onChange(clampToSpec(spec, v));
  };
  return (
    <div className="param">
      <label htmlFor={`${id}-range`} className="param-label">
        <span className="param-symbol" aria-hidden="true">
          <Formula tex={spec.symbol} display={false} />
        </span>
        <code>{spec.name}</code>
        {context && <span className="param-context"> · {context}</span>}
      </label>
      <div className="param-inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={spec.range[0]}
          max={spec.range[1]}
          step={spec.step}
          value={value}
          onChange={set}
          aria-describedby={`${id}-meaning`}
          aria-valuetext={value.toFixed(decimals)}
        />
        <input
          type="number"
          className="param-number"
          aria-label={`${spec.name} value${context ? ` (${context})` : ''}`}
          min={spec.range[0]}
          max={spec.range[1]}
          step={spec.step}
          value={Number(value.toFixed(decimals))}
          onChange={set}
        />
      </div>
      <p id={`${id}-meaning`} className="param-meaning">{spec.meaning}</p>
    </div>
  );
}
