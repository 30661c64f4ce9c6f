import { useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { clamp } from '../../math/numerics';
import { stepDecimals } from '../../math/paramFormat';
import type { ParamSpec } from '../../math/types';

export interface ParamSliderProps {
  readonly spec: ParamSpec;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** Names of the losses this parameter drives, when more than one. */
  readonly context?: string;
}

export interface ParamSliderCoreProps extends ParamSliderProps {
  /** Shown before the name, hidden from screen readers (the name says it); ParamSlider passes the typeset symbol. */
  readonly symbol?: ReactNode;
}

/** Clamps to the range and snaps to the step grid (integers stay integers). */
export function clampToSpec(spec: ParamSpec, v: number): number {
  const c = clamp(v, spec.range[0], spec.range[1]);
  return spec.integer ? Math.round(c) : c;
}

/** Log sliders move in steps of 1/100 of a decade and show 3 significant digits. */
const LOG_STEP = 0.01;
const sig3 = (v: number) => Number(v.toPrecision(3));

/**
 * ParamSlider without KaTeX: the symbol is whatever `symbol` is (or none), so a page that typesets
 * nothing (the embeddable element without `formula`) neither bundles nor loads the typesetter.
 *
 * A labelled range slider plus a number field for one parameter. With `scale: 'log'` the slider
 * moves evenly in log10 (λ from 1e-4 to 10 gets the same room per decade); the field stays linear.
 *
 * The two inputs are rendered once per spec and their value and value text written in a layout
 * effect: as controlled inputs, both would be re-rendered and diffed on every frame of a drag, their
 * props written back for a number the browser already shows.
 */
export function ParamSliderCore({ spec, value, onChange, context, symbol }: ParamSliderCoreProps) {
  const id = useId();
  const decimals = stepDecimals(spec.step);
  const log = spec.scale === 'log' && spec.range[0] > 0;
  const shown = log ? String(sig3(value)) : value.toFixed(decimals);
  const position = log ? Math.log10(value) : value;

  // The handlers read the latest onChange through a ref, so the inputs' props stay the same.
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  const range = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // The values the inputs start from; later ones are written by the effect below.
  const [initial] = useState({ position, shown });
  const inputs = useMemo(() => {
    const set = (e: ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.valueAsNumber;
      if (Number.isFinite(v)) latest.current(clampToSpec(spec, v));
    };
    const setLog = (e: ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.valueAsNumber;
      if (Number.isFinite(v)) latest.current(clampToSpec(spec, sig3(10 ** v)));
    };
    return (
      <div className="param-inputs">
        <input
          ref={range}
          id={`${id}-range`}
          type="range"
          min={log ? Math.log10(spec.range[0]) : spec.range[0]}
          max={log ? Math.log10(spec.range[1]) : spec.range[1]}
          step={log ? LOG_STEP : spec.step}
          defaultValue={initial.position}
          onChange={log ? setLog : set}
          aria-describedby={`${id}-meaning`}
          aria-valuetext={initial.shown}
        />
        <input
          ref={field}
          type="number"
          className="param-number"
          aria-label={`${spec.name} value${context ? ` (${context})` : ''}`}
          min={spec.range[0]}
          max={spec.range[1]}
          step={log ? 'any' : spec.step}
          defaultValue={Number(initial.shown)}
          onChange={set}
        />
      </div>
    );
  }, [id, spec, log, context, initial]);

  useLayoutEffect(() => {
    const r = range.current;
    if (r) {
      if (r.valueAsNumber !== position) r.value = String(position);
      if (r.getAttribute('aria-valuetext') !== shown) r.setAttribute('aria-valuetext', shown);
    }
    // Runs after every render: new min/max may have moved the browser's value. A field someone is
    // typing in keeps its text while it means the same number ("1.50", "1.").
    const f = field.current;
    if (f && f.valueAsNumber !== Number(shown)) f.value = String(Number(shown));
  });

  return (
    <div className="param">
      <label htmlFor={`${id}-range`} className="param-label">
        {symbol !== undefined && (
          <span className="param-symbol" aria-hidden="true">
            {symbol}
          </span>
        )}
        <code>{spec.name}</code>
        {context && <span className="param-context"> · {context}</span>}
      </label>
      {inputs}
      <p id={`${id}-meaning`} className="param-meaning">{spec.meaning}</p>
    </div>
  );
}
