import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OwnLossEditor } from '../../../src/components/own/OwnLossEditor';
import { AXIS_NAMES } from '../../../src/components/catalog/axisNames';
import { CONSTANTS, FUNCTIONS } from '../../../src/math/expr/ast';
import { getLoss } from '../../../src/math/losses';
import { axisVariable, MAX_OWN, type OwnId } from '../../../src/math/own/def';
import type { Axis } from '../../../src/math/types';
import { ownEngine } from '../../state/ownHook';
import { useApp } from '../../state/store';

/** The formula a new typed loss starts with, in the axis's variable: a loss of that kind with one parameter. */
const EXAMPLES: Readonly<Partial<Record<Axis, string>>> = {
  residual: 'abs(r)^q',
  margin: 'log(1 + exp(-a*m))',
  logit: 'log(1 + exp(-a*z))',
  probability: '-a*log(p)',
};
const exampleFor = (axis: Axis) => EXAMPLES[axis] ?? 'a*x^2';

/**
 * For each typed loss on the axis, at its current parameter values over the x-range: where it is undefined, and
 * how its derivative compares with automatic differentiation.
 */
function useOwnWords(): Partial<Record<OwnId, { readonly notes: string[]; readonly check: string }>> {
  const compiled = useApp((s) => s.own.compiled);
  // Behind a slider being dragged: the words follow once the frames are drawn.
  const values = useDeferredValue(useApp((s) => s.explorer.values));
  const xDomain = useApp((s) => s.explorer.xDomain);
  const axis = useApp((s) => s.explorer.axis);
  return useMemo(() => {
    const engine = ownEngine();
    const out: Partial<Record<OwnId, { notes: string[]; check: string }>> = {};
    for (const c of Object.values(compiled)) {
      if (!engine || !c || c.def.axis !== axis) continue;
      const specs = getLoss(c.def.id)?.params ?? [];
      const q = c.expr.params.map((n) => {
        const v = values[c.def.id]?.[n];
        return typeof v === 'number' ? v : (specs.find((p) => p.name === n)?.default ?? 1);
      });
      out[c.def.id] = { notes: engine.undefinedParts(c.expr, q, xDomain), check: engine.derivativeCheckText(c.expr, q, xDomain) };
    }
    return out;
  }, [compiled, values, xDomain, axis]);
}

/** The editors of the typed losses, and the button that adds one; loaded with the parser when the section opens. */
export function OwnPanel() {
  const { defs, compiled, faults, add, setText, setRange, remove } = useApp(
    useShallow((s) => ({ defs: s.own.defs, compiled: s.own.compiled, faults: s.own.faults, add: s.own.add, setText: s.own.setText, setRange: s.own.setRange, remove: s.own.remove })),
  );
  const { axis, ids, toggleLoss, select } = useApp(
    useShallow((s) => ({ axis: s.explorer.axis, ids: s.explorer.ids, toggleLoss: s.explorer.toggleLoss, select: s.explorer.select })),
  );
  const words = useOwnWords();
  const [refused, setRefused] = useState(false);
  // The editor just added takes the keyboard; after a removal, "Add a formula" does.
  const [added, setAdded] = useState<OwnId | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  const [removals, setRemovals] = useState(0);
  useEffect(() => {
    if (removals > 0) addButton.current?.focus();
  }, [removals]);
  const full = defs.length >= MAX_OWN;
  const addOne = () => {
    const id = add(axis, exampleFor(axis));
    setRefused(id === undefined);
    setAdded(id);
    if (id) toggleLoss(id);
  };
  return (
    <div className="own-panel">
      <p className="muted own-intro">
        Type a loss in {axisVariable(axis)} and any named parameters; each name becomes a slider. Functions: {Object.keys(FUNCTIONS).join(', ')}, and
        if … then … else; constants: {Object.keys(CONSTANTS).join(' and ')}.
      </p>
      {defs.map((def) => {
        const n = Number(def.id.slice(-1));
        const onAxis = def.axis === axis;
        return (
          <div key={def.id} className="own-item">
            <OwnLossEditor
              def={def}
              index={n}
              variable={axisVariable(def.axis)}
              expr={compiled[def.id]?.expr}
              fault={faults[def.id]}
              notes={words[def.id]?.notes}
              check={words[def.id]?.check}
              onApply={(text) => setText(def.id, text)}
              onRange={(name, range) => setRange(def.id, name, range)}
              onRemove={() => {
                remove(def.id);
                setRemovals((k) => k + 1);
              }}
              focusOnMount={def.id === added}
            />
            {onAxis ? (
              <label className="own-draw">
                <input type="checkbox" checked={ids.includes(def.id)} onChange={() => toggleLoss(def.id)} /> Draw your loss {n}
              </label>
            ) : (
              <p className="own-draw">
                Written over the {AXIS_NAMES[def.axis]}.{' '}
                <button type="button" onClick={() => select([def.id], def.axis)}>
                  Draw your loss {n} over the {AXIS_NAMES[def.axis]}
                </button>
              </p>
            )}
          </div>
        );
      })}
      <button ref={addButton} type="button" onClick={addOne} disabled={full} aria-describedby={full ? 'own-full' : undefined}>
        Add a formula
      </button>
      {full && (
        <p id="own-full" className="muted">
          At most {MAX_OWN} typed losses at once; remove one to add another.
        </p>
      )}
      {refused && !full && <p role="alert">The example formula could not be added (the parser refused it).</p>}
    </div>
  );
}
