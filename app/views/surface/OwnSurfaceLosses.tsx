import { useId, useState } from 'react';
import { OwnLossEditor } from '../../../src/components/own/OwnLossEditor';
import { axisVariable, type OwnDef } from '../../../src/math/own/def';
import type { ModelKind } from '../../../src/math/surface';
import { useApp } from '../../state/store';
import { loadOwnWithin, ownEngine, ownNotice } from '../../state/ownHook';
import { OWN_LIMITS } from '../../state/ownLimits';
import { useSurface } from '../../state/surfaceStore';

/** The axis whose typed losses a model draws as surfaces: the residual for regression, the margin for binary. */
const AXIS_OF: Partial<Record<ModelKind, 'residual' | 'margin'>> = { regression: 'residual', binary: 'margin' };

/** A new formula's first text, in the model's variable: one with a parameter, so its slider shows at once. */
const EXAMPLE = { residual: 'abs(r)^q', margin: 'log(1 + exp(-a*m))' } as const;

type Load = { readonly state: 'closed' | 'loading' | 'ready' } | { readonly state: 'failed'; readonly why: string };

/**
 * "Your own loss" on the surface view: a disclosure that loads the formula parser when first opened, then an
 * editor for each typed loss on this model's axis and a button to add one, which becomes the right surface.
 * The typed losses are the ones every view shares (the explorer's too).
 */
export function OwnSurfaceLosses({ kind }: { kind: ModelKind }) {
  const axis = AXIS_OF[kind];
  const defs = useApp((s) => s.own.defs);
  const [load, setLoad] = useState<Load>(() => ({ state: defs.length > 0 && ownEngine() ? 'ready' : 'closed' }));
  const panel = useId();
  if (!axis) return null;
  const open = load.state !== 'closed';
  const toggle = () => {
    if (open) {
      setLoad({ state: 'closed' });
      return;
    }
    if (ownEngine()) {
      setLoad({ state: 'ready' });
      return;
    }
    setLoad({ state: 'loading' });
    loadOwnWithin().then(
      () => setLoad((l) => (l.state === 'loading' ? { state: 'ready' } : l)),
      (e: unknown) => setLoad((l) => (l.state === 'loading' ? { state: 'failed', why: ownNotice(e) } : l)),
    );
  };
  return (
    <div className="own-surface">
      <button type="button" aria-expanded={open} aria-controls={panel} onClick={toggle}>
        Your own loss
      </button>
      <div id={panel} hidden={!open}>
        {load.state === 'loading' && <output>Loading the formula parser…</output>}
        {load.state === 'failed' && <p role="alert">{load.why}</p>}
        {load.state === 'ready' && <Editors axis={axis} defs={defs} />}
      </div>
    </div>
  );
}

function Editors({ axis, defs }: { axis: 'residual' | 'margin'; defs: readonly OwnDef[] }) {
  const own = useApp((s) => s.own);
  const setLoss = useSurface((s) => s.setLoss);
  const [refused, setRefused] = useState<string | undefined>();
  const fullNote = useId();
  const here = defs.filter((d) => d.axis === axis);
  const elsewhere = defs.length - here.length;
  const full = defs.length >= OWN_LIMITS.ids.length;
  const add = () => {
    const id = own.add(axis, EXAMPLE[axis]);
    setRefused(id ? undefined : 'The formula could not be added.');
    if (id) setLoss(1, id);
  };
  return (
    <>
      <p className="muted">
        A formula in {axisVariable(axis)} (the {axis} of each point) becomes a surface like the built-in losses; unknown
        names are parameters with sliders.
      </p>
      {here.map((def) => (
        <OwnLossEditor
          key={def.id}
          def={def}
          index={Number(def.id.slice(3))}
          variable={axisVariable(axis)}
          expr={own.compiled[def.id]?.expr}
          fault={own.faults[def.id]}
          onApply={(text) => own.setText(def.id, text)}
          onRange={(name, range) => own.setRange(def.id, name, range)}
          onRemove={() => own.remove(def.id)}
        />
      ))}
      {elsewhere > 0 && (
        <p className="muted">
          {elsewhere === 1 ? 'One typed loss is' : `${elsewhere} typed losses are`} over another axis: the explorer draws
          {elsewhere === 1 ? ' it' : ' them'}, this model cannot.
        </p>
      )}
      <button type="button" onClick={add} disabled={full} aria-describedby={full ? fullNote : undefined}>
        Add a formula
      </button>
      {full && <p id={fullNote} className="muted">At most {OWN_LIMITS.ids.length} typed losses at once; remove one to add another.</p>}
      {refused && <p role="alert">{refused}</p>}
    </>
  );
}
