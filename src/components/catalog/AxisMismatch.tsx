import type { Axis, LossSpec } from '../../math/types';
import { AXIS_NAMES } from './axisNames';
import { axesOf, hasAxis, mismatchSentence } from './catalogModel';

export interface AxisMismatchProps {
  /** The loss the person tried to add. */
  readonly spec: LossSpec;
  /** The axis the chart is drawn over now. */
  readonly axis: Axis;
  /** Every loss in the catalog, to offer those that share `axis`. */
  readonly losses: readonly LossSpec[];
  readonly selected: readonly string[];
  readonly onToggle: (id: string) => void;
  readonly onSwitchAxis: (axis: Axis, id: string) => void;
}

/** Why a loss cannot join the chart over this axis, and the two ways forward. */
export function AxisMismatch({ spec, axis, losses, selected, onToggle, onSwitchAxis }: AxisMismatchProps) {
  const sharing = losses.filter((l) => hasAxis(l, axis));
  return (
    <div className="axis-mismatch">
      <p className="axis-mismatch-why">{mismatchSentence(spec, axis)}</p>
      <div className="axis-mismatch-switch">
        {axesOf(spec).map((a) => (
          <button key={a} type="button" onClick={() => onSwitchAxis(a, spec.id)}>
            Show {spec.title} over {AXIS_NAMES[a]}
          </button>
        ))}
      </div>
      {sharing.length === 0 ? (
        <p>No loss in the catalog has a curve over the {AXIS_NAMES[axis]}.</p>
      ) : (
        <>
          <p className="axis-mismatch-or">Or add one drawn over the {AXIS_NAMES[axis]}:</p>
          <ul className="axis-mismatch-list">
            {sharing.map((l) => (
              <li key={l.id}>
                {selected.includes(l.id) ? (
                  <span className="axis-mismatch-shown">{l.title} (on the chart)</span>
                ) : (
                  <button type="button" onClick={() => onToggle(l.id)}>Add {l.title}</button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
