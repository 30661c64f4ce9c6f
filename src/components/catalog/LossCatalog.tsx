import { useId, useMemo, useState, memo, type ReactNode } from 'react';
import { FAMILY_TITLES, isOwnLoss } from '../../math/losses';
import type { Axis, Family, LossSpec } from '../../math/types';
import { AxisMismatch } from './AxisMismatch';
import { axisBadge, choiceFor, familyCount, groupByFamily, hasAxis, matchesFilter } from './catalogModel';
import './catalog.css';

export interface LossCatalogProps {
  readonly losses: readonly LossSpec[];
  /** Ids of the losses on the chart. */
  readonly selected: readonly string[];
  /** The axis the chart is drawn over. */
  readonly axis: Axis;
  /** Add or remove a loss drawn over the current axis. */
  readonly onToggle: (id: string) => void;
  /** Redraw the chart over `axis` with the loss `id` (the person asked for a loss the current axis cannot show). */
  readonly onSwitchAxis: (axis: Axis, id: string) => void;
  /** True while more losses are on their way (the catalog's chunk): the list says so. */
  readonly loading?: boolean;
  /** Start expanded; by default open except on narrow screens (≤ 760 px). */
  readonly defaultOpen?: boolean;
  /** Shown above the families: the "Your own loss" section (typed losses are listed there, not in a family). */
  readonly extra?: ReactNode;
}

const FAMILIES = Object.keys(FAMILY_TITLES) as Family[];

const wideScreen = () =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 760px)').matches;

/** The loss catalog: checkboxes grouped by task family, a text filter, and an explanation for losses off this axis. */
export const LossCatalog = memo(function LossCatalog({ losses, loading = false, selected, axis, onToggle, onSwitchAxis, defaultOpen, extra }: LossCatalogProps) {
  const id = useId();
  const [open, setOpen] = useState(() => defaultOpen ?? wideScreen());
  const [query, setQuery] = useState('');
  const [explaining, setExplaining] = useState<string | undefined>(undefined);
  // A family opens by itself while it holds a drawn loss or the filter has text; a person's own toggle wins
  // until the filter changes.
  const [toggled, setToggled] = useState<ReadonlyMap<Family, boolean>>(new Map());
  const filtering = query.trim() !== '';
  const familyOpen = (family: Family, drawn: number) => toggled.get(family) ?? (filtering || drawn > 0);
  // Typed losses are listed in their own section (`extra`), not in a family.
  const listed = useMemo(() => losses.filter((l) => !isOwnLoss(l.id)), [losses]);
  const groups = useMemo(() => groupByFamily(listed.filter((l) => matchesFilter(l, query)), FAMILIES), [listed, query]);

  const choose = (spec: LossSpec) => {
    if (choiceFor(spec, axis, selected) === 'toggle') {
      setExplaining(undefined);
      onToggle(spec.id);
    } else {
      setExplaining((cur) => (cur === spec.id ? undefined : spec.id));
    }
  };

  const switchAxis = (a: Axis, lossId: string) => {
    setExplaining(undefined);
    onSwitchAxis(a, lossId);
  };
  const shown = groups.reduce((n, g) => n + g.losses.length, 0);

  return (
    <details className="loss-catalog" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} aria-busy={loading}>
      <summary>Losses</summary>
      <div className="catalog-filter">
        <label htmlFor={`${id}-filter`}>Filter losses</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            // A new filter opens every family that matches; what was folded by hand before starts afresh.
            setToggled(new Map());
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <output className="catalog-count" htmlFor={`${id}-filter`}>
        {query.trim() === '' ? '' : shown === 0 ? `No loss matches “${query.trim()}”.` : `${shown} of ${listed.length} losses match.`}
      </output>
      {loading && <p className="catalog-loading muted">Loading the rest of the catalog…</p>}
      {extra}
      {groups.map((g) => {
        const drawn = g.losses.filter((l) => selected.includes(l.id)).length;
        return (
        <details
          key={g.family}
          className="catalog-family"
          open={familyOpen(g.family, drawn)}
          onToggle={(e) => {
            const opened = e.currentTarget.open;
            if (opened !== familyOpen(g.family, drawn)) setToggled((m) => new Map(m).set(g.family, opened));
          }}
        >
          <summary>
            <span className="catalog-family-title">{FAMILY_TITLES[g.family]}</span>{' '}
            <span className="catalog-family-count">{familyCount(g.losses.length, drawn)}</span>
          </summary>
          <fieldset className="catalog-family-body">
          <legend className="sr-only">{FAMILY_TITLES[g.family]}</legend>
          <ul>
            {g.losses.map((spec) => {
              const base = `${id}-${spec.id}`;
              const onAxis = hasAxis(spec, axis);
              const explained = explaining === spec.id && !onAxis;
              return (
                <li key={spec.id} className={onAxis ? 'catalog-item' : 'catalog-item off-axis'}>
                  <div className="catalog-row">
                    <input
                      id={base}
                      type="checkbox"
                      checked={selected.includes(spec.id)}
                      onChange={() => choose(spec)}
                      aria-describedby={onAxis ? `${base}-purpose` : `${base}-purpose ${base}-badge`}
                    />
                    <label htmlFor={base}>{spec.title}</label>
                    {!onAxis && <span id={`${base}-badge`} className="axis-badge">{axisBadge(spec)}</span>}
                  </div>
                  <p id={`${base}-purpose`} className="catalog-purpose">{spec.purpose}</p>
                  <div aria-live="polite">
                    {explained && (
                      <AxisMismatch
                        spec={spec}
                        axis={axis}
                        losses={losses}
                        selected={selected}
                        onToggle={onToggle}
                        onSwitchAxis={switchAxis}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          </fieldset>
        </details>
        );
      })}
    </details>
  );
});
