import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AXIS_NAMES } from '../../src/components/catalog/axisNames';
import { LossCatalog } from '../../src/components/catalog/LossCatalog';
import { PresetPicker } from '../../src/components/catalog/PresetPicker';
import { PresetStops } from '../../src/components/catalog/PresetStops';
import { CurvePanels } from '../../src/components/charts/CurvePanels';
import { XRangeControls } from '../../src/components/charts/XRangeControls';
import { CurveReadout } from '../../src/components/readout/CurveReadout';
import type { Axis, LossSpec } from '../../src/math/types';
import { ExportMenu } from '../export/ExportMenu';
import type { ExportRequest } from '../export/exportRequest';
import { useShown } from '../embed/useShown';
import { activeStop, getPreset, PRESETS } from '../presets';
import { afterNextPaint } from '../afterNextPaint';
import { useAtlas, useDisplay } from '../state/store';
import { PresetSelect } from '../display/PresetSelect';
import { useFitHeight } from '../display/useFitHeight';
import { defaultDomain } from '../state/view';
import { useElementWidth } from '../useElementWidth';
import { FormulasSection } from './explorer/FormulasSection';
import { OwnSection } from './explorer/OwnSection';
import { PanelToggles } from './explorer/PanelToggles';
import { ParamsSection } from './explorer/ParamsSection';
import { useCatalogChunk, useLosses, usePickPreset } from './explorer/useCatalog';
import { useCurves, useDrawnLosses } from './explorer/useCurves';
import { useKatexSettled } from './explorer/useKatexSettled';

/**
 * True from the first frame after the view was painted. The first paint shows the chart with its
 * curves; the catalog, parameters and readout are rendered after it, and the formulas once KaTeX is
 * in, each as a transition that React splits into short tasks, so no long task stands before the
 * first paint.
 */
function usePaintedOnce() {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

/** The first frame draws the loss panel alone; the derivative and weight panels follow a frame later. */
const FIRST_FRAME_PANELS = { derivative: false, weight: false } as const;

/** What presenter mode keeps of the window's height for all but the chart: the bar, the legend, padding. */
const PRESENT_RESERVED = 170;

/** The curve explorer: pick and overlay losses, drive their parameters, read numbers and formulas. */
export function ExplorerView() {
  const rest = usePaintedOnce();
  // The catalog comes after the chart on every screen (app/styles.css), so it can wait for the first paint.
  const catalog = rest;
  const catalogStatus = useCatalogChunk(rest);
  const losses = useLosses();
  const present = useDisplay().mode === 'present';
  const fitHeight = useFitHeight(PRESENT_RESERVED);
  const typeset = useKatexSettled(rest);
  const ids = useAtlas(useShallow((s) => s.ids));
  const axis = useAtlas((s) => s.axis);
  const values = useAtlas((s) => s.values);
  const xDomain = useAtlas((s) => s.xDomain);
  const cursorX = useAtlas((s) => s.cursorX);
  const panels = useAtlas((s) => s.panels);
  const preset = useAtlas((s) => s.preset);
  const { setCursor, setXDomain, toggleLoss, select, applyPreset, setParams } = useAtlas(
    useShallow((s) => ({ setCursor: s.setCursor, setXDomain: s.setXDomain, toggleLoss: s.toggleLoss, select: s.select, applyPreset: s.applyPreset, setParams: s.setParams })),
  );
  const pickPreset = usePickPreset(applyPreset);
  const presetSpec = preset === undefined ? undefined : getPreset(preset);
  const onStop = useCallback((stop: { params: Readonly<Record<string, number>> }) => setParams(stop.params), [setParams]);
  // No stand-in width: the chart is drawn once, at its column's width, in the first frame.
  const [chartBox, width] = useElementWidth<HTMLDivElement>(0);
  const switchAxis = useCallback((a: Axis, id: string) => select([id], a), [select]);
  const home = useMemo(() => defaultDomain(ids, axis), [ids, axis]);

  // The registry's list is a dependency: a typed loss is redefined under the same id when its formula changes.
  const specs = useMemo(() => ids.map((id) => losses.find((l) => l.id === id)).filter((s): s is LossSpec => s !== undefined), [ids, losses]);
  const ownSection = useMemo(() => <OwnSection />, []);
  const drawn = useDrawnLosses(specs, axis, values);
  const curves = useCurves(drawn, xDomain, panels.weight);
  const xLabel = drawn[0]?.profile.label ?? axis;
  const xText = drawn[0]?.profile.xText ?? 'x';
  const showWeight = panels.weight && drawn.some((d) => d.profile.weight);
  // In an embed, each part is on screen only when `controls=` names it (app/embed/controls.ts).
  const shown = useShown();
  const paramShown = drawn.some(({ spec }) => [...spec.params, ...(spec.options ?? [])].some((p) => shown(p.name) || shown(`${p.name}.${spec.id}`)));

  // The export reads the chart as it is when pressed; its callback stays the same object across a drag,
  // so the memoised menu does not render on every frame.
  const chartTitle = `Loss curves of ${drawn.map((d) => d.spec.title).join(', ')}`;
  const exportNow = useRef<() => ExportRequest>(undefined);
  useEffect(() => {
    exportNow.current = () => ({
      kind: 'curves',
      chart: { title: chartTitle, curves, xLabel, xDomain, cursorX, panels, width },
      losses: drawn.map((d) => ({ id: d.spec.id, params: d.params })),
      axis,
    });
  });
  const exportRequest = useCallback(() => exportNow.current!(), []);
  return (
    <div className="explorer">
      {(shown('preset') || shown('loss')) && (
      <section className="catalog-panel" aria-label="Choose losses" aria-busy={!catalog}>
        {catalog && (
          <>
            {shown('preset') && <PresetPicker presets={PRESETS} activeId={preset} onPick={pickPreset} />}
            {shown('loss') && <LossCatalog losses={losses} loading={catalogStatus === 'loading'} selected={ids} axis={axis} onToggle={toggleLoss} onSwitchAxis={switchAxis} extra={ownSection} />}
          </>
        )}
      </section>
      )}
      <section className="chart-panel" aria-labelledby="chart-title">
        <h1 id="chart-title">{drawn.map((d) => d.spec.title).join(' vs ')} over the {AXIS_NAMES[axis]}</h1>
        <div ref={chartBox} className="chart-box">
          {width > 0 && (
            <CurvePanels
              title={`Loss curves of ${drawn.map((d) => d.spec.title).join(', ')}`}
              curves={curves}
              xLabel={xLabel}
              xDomain={xDomain}
              onXDomain={setXDomain}
              cursorX={cursorX}
              onCursor={setCursor}
              panels={rest ? panels : FIRST_FRAME_PANELS}
              width={width}
              fitHeight={fitHeight}
              drawing="canvas"
            />
          )}
        </div>
        <div className="chart-controls">
          {shown('panels') && <PanelToggles />}
          {shown('range') && <XRangeControls xDomain={xDomain} defaultDomain={home} onXDomain={setXDomain} />}
          <ExportMenu title={chartTitle} request={exportRequest} />
        </div>
      </section>
      {(paramShown || shown('readout')) && (
      <aside className="side-panel" aria-label="Parameters and readout" aria-busy={!rest}>
        {rest && (
          <>
            {present && <PresetSelect presets={PRESETS} activeId={preset} onPick={pickPreset} />}
            {paramShown && presetSpec?.stops && <PresetStops preset={presetSpec} active={activeStop(presetSpec, values)} onStop={onStop} />}
            {paramShown && <ParamsSection drawn={drawn} />}
            {shown('readout') && <CurveReadout
              xLabel={xText}
              x={cursorX}
              showWeight={showWeight}
              rows={drawn.map(({ spec, profile, params, color }) => ({
                id: spec.id,
                label: spec.title,
                color,
                value: profile.value(cursorX, params),
                derivative: profile.derivative(cursorX, params),
                weight: profile.weight?.at(cursorX, params),
              }))}
            />}
          </>
        )}
      </aside>
      )}
      {shown('formula') && <FormulasSection drawn={drawn} cursorX={cursorX} deferred={!typeset} />}
    </div>
  );
}
