import { useMemo } from 'react';
import { ParamPanel, type ParamEntry } from '../../../src/components/controls/ParamPanel';
import { conflictingParams } from '../../../src/math/losses/sharedParams';
import type { OptionSpec, ParamSpec } from '../../../src/math/types';
import { useShown } from '../../embed/useShown';
import { useAtlas } from '../../state/store';
import type { DrawnLoss } from './useCurves';

/** The parameters of the drawn losses, grouped by name, wired to the store. */
export function ParamsSection({ drawn }: { drawn: readonly DrawnLoss[] }) {
  const unlinked = useAtlas((s) => s.unlinked);
  const setParam = useAtlas((s) => s.setParam);
  const setLinked = useAtlas((s) => s.setLinked);
  const resetParams = useAtlas((s) => s.resetParams);
  const shown = useShown();
  const entries = useMemo(() => {
    // A name the losses use for different quantities is one entry per loss, each with its own spec (range, step).
    const conflicts = conflictingParams(drawn.map((d) => d.spec));
    const byName = new Map<string, { spec: ParamSpec | OptionSpec; owners: ParamEntry['owners'][number][] }>();
    for (const { spec, params } of drawn) {
      for (const p of [...spec.params, ...(spec.options ?? [])]) {
        const owner = { id: spec.id, title: spec.title, value: params[p.name] ?? p.default };
        const key = conflicts.includes(p.name) ? `${p.name}.${spec.id}` : p.name;
        const e = byName.get(key);
        if (e) e.owners.push(owner);
        else byName.set(key, { spec: p, owners: [owner] });
      }
    }
    // In an embed, only the sliders `controls=` names (`margin`, or `margin.hinge` for one set apart).
    return [...byName.values()]
      .map((e) => ({ ...e, linked: !unlinked.includes(e.spec.name) && !conflicts.includes(e.spec.name) }))
      .map((e) => (shown(e.spec.name) || e.linked ? e : { ...e, owners: e.owners.filter((o) => shown(`${e.spec.name}.${o.id}`)) }))
      .filter((e) => shown(e.spec.name) || (!e.linked && e.owners.length > 0));
  }, [drawn, unlinked, shown]);
  return (
    <section className="side-section" aria-labelledby="params-title">
      <h2 id="params-title">Parameters</h2>
      <ParamPanel entries={entries} onChange={setParam} onLink={setLinked} onReset={resetParams} />
    </section>
  );
}
