import { lazy, Suspense, useMemo, useState } from 'react';
import { AXIS_NAMES } from '../../src/components/catalog/axisNames';
import { CurvePanels } from '../../src/components/charts/CurvePanels';
import { ParamSliderCore } from '../../src/components/controls/ParamSliderCore';
import { CurveReadout } from '../../src/components/readout/CurveReadout';
import type { LossSpec, ParamSpec } from '../../src/math/types';
import { ErrorBoundary } from '../ErrorBoundary';
import { useElementWidth } from '../useElementWidth';
import type { ViewState } from '../state/view';
import { appLink, type CurvesConfig } from './attributes';
import { useDrawn, useSampledCurves } from './sampledCurves';

// Only a figure with `formula` fetches the cards, and with them KaTeX.
const FormulaCards = lazy(() => import('./FormulaCards'));

export interface CurvesFigureProps {
  readonly config: CurvesConfig;
  /** Where the app is served (ends in `/`): the "open in Loss Atlas" link goes there. */
  readonly app: string;
  /** Called with the new view when the reader moves a slider. */
  readonly onParams?: (view: ViewState) => void;
}

interface Control {
  readonly spec: ParamSpec;
  readonly value: number;
  /** The loss it drives when set apart; all that have it otherwise. */
  readonly lossId?: string;
  readonly context?: string;
}

/**
 * One embeddable figure: the loss curves of the configured losses with the chosen parameter sliders,
 * the numbers under the cursor, optionally the typeset formulas, and a link to the same view in the
 * app. Holds its own view state, starting from `config`; remount it (a new key) for a new config.
 */
export function CurvesFigure({ config, app, onParams }: CurvesFigureProps) {
  const [view, setView] = useState(config.view);
  const [box, width] = useElementWidth<HTMLDivElement>(0);
  const drawn = useDrawn(view);
  const specs = useMemo(() => drawn.map((d) => d.spec), [drawn]);
  const curves = useSampledCurves(drawn, view.xDomain, view.panels.weight);
  const xLabel = drawn[0]?.profile.label ?? view.axis;
  const titles = drawn.map((d) => d.spec.title);
  const controls = useMemo(() => controlsOf(view, specs, config.controls), [view, specs, config.controls]);

  const setParam = (c: Control, value: number) => {
    const values = { ...view.values };
    for (const id of view.ids) {
      if (!(c.spec.name in (values[id] ?? {}))) continue;
      if (c.lossId === undefined || c.lossId === id) values[id] = { ...values[id], [c.spec.name]: value };
    }
    const next = { ...view, values };
    setView(next);
    onParams?.(next);
  };

  return (
    <div className="la-figure">
      {config.notices.length > 0 && (
        <ul className="la-notices" aria-label="Problems with this figure's settings">
          {config.notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      <p className="la-title">{titles.join(' vs ')} over the {AXIS_NAMES[view.axis]}</p>
      <div ref={box}>
        {width > 0 && (
          <CurvePanels
            title={`Loss curves of ${titles.join(', ')}`}
            curves={curves}
            xLabel={xLabel}
            xDomain={view.xDomain}
            cursorX={view.cursorX}
            onCursor={(cursorX) => setView((v) => ({ ...v, cursorX }))}
            panels={view.panels}
            width={width}
          />
        )}
      </div>
      {controls.length > 0 && (
        <div className="la-controls">
          {controls.map((c) => (
            <ParamSliderCore
              key={`${c.spec.name}.${c.lossId ?? ''}`}
              spec={c.spec}
              value={c.value}
              context={c.context}
              onChange={(v) => setParam(c, v)}
            />
          ))}
        </div>
      )}
      <CurveReadout
        xLabel={drawn[0]?.profile.xText ?? 'x'}
        x={view.cursorX}
        showWeight={view.panels.weight && drawn.some((d) => d.profile.weight)}
        rows={drawn.map(({ spec, profile, params, color }) => ({
          id: spec.id,
          label: spec.title,
          color,
          value: profile.value(view.cursorX, params),
          derivative: profile.derivative(view.cursorX, params),
          weight: profile.weight?.at(view.cursorX, params),
        }))}
      />
      {config.formula && (
        <ErrorBoundary what="the formulas">
          <Suspense fallback={<p className="la-pending">Loading the formulas…</p>}>
            <FormulaCards drawn={drawn} cursorX={view.cursorX} />
          </Suspense>
        </ErrorBoundary>
      )}
      <p className="la-open">
        <a href={appLink(app, view)} target="_blank" rel="noopener">Open in Loss Atlas</a>
      </p>
    </div>
  );
}

/** The sliders: one per linked parameter name, one per loss for a name set apart; `only` filters by name. */
function controlsOf(view: ViewState, specs: readonly LossSpec[], only: readonly string[] | undefined): Control[] {
  const out: Control[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    for (const p of spec.params) {
      if (only && !only.includes(p.name)) continue;
      const value = view.values[spec.id]?.[p.name];
      if (typeof value !== 'number') continue;
      if (view.unlinked.includes(p.name)) {
        out.push({ spec: p, value, lossId: spec.id, context: spec.title });
      } else if (!seen.has(p.name)) {
        seen.add(p.name);
        const owners = specs.filter((s) => s.params.some((q) => q.name === p.name)).map((s) => s.title);
        out.push({ spec: p, value, context: owners.length > 1 ? owners.join(', ') : undefined });
      }
    }
  }
  return out;
}
