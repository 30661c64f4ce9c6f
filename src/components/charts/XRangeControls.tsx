import { useState, type FormEvent, memo } from 'react';
import './charts.css';
import { checkedRange, panByFraction, rangeProblem, sameRange, zoomCenter, type XRange } from './xRange';

export interface XRangeControlsProps {
  readonly xDomain: XRange;
  /** Where "Reset range" goes back to. */
  readonly defaultDomain: XRange;
  /** Receives only valid ranges (finite, from < to, width within [1e-6, 1e6]). */
  readonly onXDomain: (d: XRange) => void;
}

const ZOOM = 1.5;
const PAN = 0.2;
const show = (v: number) => String(Number(v.toPrecision(6)));

/**
 * Keyboard-operable zoom and pan of a chart's x-range: buttons plus two number fields. A typed
 * range is applied on Enter, on "Apply" or when a field loses focus; an absurd one changes
 * nothing and says why.
 */
export const XRangeControls = memo(function XRangeControls({ xDomain, defaultDomain, onXDomain }: XRangeControlsProps) {
  const [seen, setSeen] = useState(xDomain);
  const [from, setFrom] = useState(() => show(xDomain[0]));
  const [to, setTo] = useState(() => show(xDomain[1]));
  const [message, setMessage] = useState('');
  if (!sameRange(seen, xDomain)) {
    // The range moved elsewhere (wheel, drag, a link): the fields follow it.
    setSeen(xDomain);
    setFrom(show(xDomain[0]));
    setTo(show(xDomain[1]));
    setMessage('');
  }

  const step = (next: XRange | undefined, refusal: string) => {
    if (next) {
      setMessage('');
      onXDomain(next);
    } else setMessage(refusal);
  };
  const applyTyped = () => {
    // An untouched field keeps its exact value, not the rounded one it displays.
    const typed: [number, number] = [
      from === show(xDomain[0]) ? xDomain[0] : Number(from),
      to === show(xDomain[1]) ? xDomain[1] : Number(to),
    ];
    if (from.trim() === '' || to.trim() === '') typed[from.trim() === '' ? 0 : 1] = NaN;
    const problem = rangeProblem(typed);
    if (problem) setMessage(`Range not applied: ${problem}.`);
    else if (!sameRange(typed, xDomain)) step(typed, '');
    else setMessage('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    applyTyped();
  };

  return (
    <form className="x-range" onSubmit={submit} noValidate>
      <fieldset>
        <legend>x-range</legend>
        <div className="x-range-buttons">
          <button type="button" onClick={() => step(zoomCenter(xDomain, 1 / ZOOM), 'Cannot zoom in further.')}>Zoom in</button>
          <button type="button" onClick={() => step(zoomCenter(xDomain, ZOOM), 'Cannot zoom out further.')}>Zoom out</button>
          <button type="button" onClick={() => step(panByFraction(xDomain, -PAN), 'Cannot pan further.')}>Pan left</button>
          <button type="button" onClick={() => step(panByFraction(xDomain, PAN), 'Cannot pan further.')}>Pan right</button>
          <button type="button" onClick={() => step(checkedRange(defaultDomain), 'The default range is not valid.')}>Reset range</button>
        </div>
        <div className="x-range-fields">
          <label>
            x from
            <input type="number" step="any" value={from} onChange={(e) => setFrom(e.currentTarget.value)} onBlur={applyTyped} />
          </label>
          <label>
            x to
            <input type="number" step="any" value={to} onChange={(e) => setTo(e.currentTarget.value)} onBlur={applyTyped} />
          </label>
          <button type="submit">Apply</button>
        </div>
        <output className="x-range-message">{message}</output>
      </fieldset>
    </form>
  );
});
