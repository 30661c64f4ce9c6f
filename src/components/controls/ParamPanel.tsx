import type { OptionSpec, ParamSpec } from '../../math/types';
import { ParamSlider } from './ParamSlider';

export interface ParamOwner {
  readonly id: string;
  readonly title: string;
  readonly value: number | string;
}

export interface ParamEntry {
  readonly spec: ParamSpec | OptionSpec;
  /** The selected losses that have this parameter, with their current values. */
  readonly owners: readonly ParamOwner[];
  readonly linked: boolean;
}

export interface ParamPanelProps {
  readonly entries: readonly ParamEntry[];
  readonly onChange: (name: string, value: number | string, lossId?: string) => void;
  readonly onLink: (name: string, linked: boolean) => void;
  readonly onReset: () => void;
}

const isOption = (s: ParamSpec | OptionSpec): s is OptionSpec => 'choices' in s;

function OptionSelect({ spec, owner, onChange }: { spec: OptionSpec; owner: ParamOwner; onChange: (v: string) => void }) {
  const id = `opt-${spec.name}-${owner.id}`;
  return (
    <div className="param">
      <label htmlFor={id} className="param-label"><code>{spec.name}</code> <span className="param-context">· {owner.title}</span></label>
      <select id={id} value={String(owner.value)} onChange={(e) => onChange(e.currentTarget.value)}>
        {spec.choices.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
      <p className="param-meaning">{spec.meaning}</p>
    </div>
  );
}

/**
 * Every parameter of the selected losses. A name shared by several losses is one linked
 * slider by default; unlinking gives each loss its own.
 */
export function ParamPanel({ entries, onChange, onLink, onReset }: ParamPanelProps) {
  if (entries.length === 0) return <p className="muted">These losses have no parameters.</p>;
  return (
    <div className="param-panel">
      {entries.map(({ spec, owners, linked }) => {
        const groups = linked ? [owners] : owners.map((o) => [o]);
        return (
          // One entry per loss for a name the losses use for different quantities (ParamsSection).
          <div key={owners.length === 1 && !linked ? `${spec.name}.${owners[0]!.id}` : spec.name} className="param-group">
            {groups.map((g) => {
              const owner = g[0]!;
              const lossId = linked ? undefined : owner.id;
              return isOption(spec) ? (
                <OptionSelect key={owner.id} spec={spec} owner={owner} onChange={(v) => onChange(spec.name, v, lossId)} />
              ) : (
                <ParamSlider
                  key={owner.id}
                  spec={spec}
                  value={Number(owner.value)}
                  onChange={(v) => onChange(spec.name, v, lossId)}
                  context={g.map((o) => o.title).join(', ')}
                />
              );
            })}
            {owners.length > 1 && (
              <label className="link-toggle">
                <input type="checkbox" checked={linked} onChange={(e) => onLink(spec.name, e.currentTarget.checked)} />
                Link {spec.name} across {owners.map((o) => o.title).join(' and ')}
              </label>
            )}
          </div>
        );
      })}
      <button type="button" onClick={onReset}>Reset parameters</button>
    </div>
  );
}
