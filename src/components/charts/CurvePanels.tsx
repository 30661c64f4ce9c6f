import { scaleLinear } from 'd3-scale';
import { useId, useMemo, type KeyboardEvent } from 'react';
import './charts.css';
import { ChartPanel, type CurveDrawing, type PanelLine } from './ChartPanel';
import { useChartStyle } from './chartStyle';
import type { Margins } from './geometry';
import { usePlotPointer } from './usePlotPointer';
import { cursorKey, type XRange } from './xRange';
import { fitYDomain } from './yFit';
import { clamp } from '../../math/numerics';
import { useReportPlotted } from '../export/plottedCurves';

/** One loss sampled over the x-axis: its value, derivative d/dx and, optionally, its effective weight. */
export interface PanelCurve {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly x: Float64Array;
  readonly value: Float64Array;
  readonly derivative: Float64Array;
  /** Effective per-sample weight (ψ(r)/r, (1−p_t)^γ); absent where it teaches nothing. */
  readonly weight?: Float64Array;
  /** What the weight is, e.g. "weight ψ(r)/r"; shown in the legend when the weight panel is. */
  readonly weightLabel?: string;
  readonly dashed?: boolean;
}

export interface CurvePanelsProps {
  /** Keep this array's identity stable between renders (useMemo) unless the data changed. */
  readonly curves: readonly PanelCurve[];
  readonly xLabel: string;
  /** Title of the main panel's y-axis; "loss" unless the curves are something else (a lesson's weights). */
  readonly yLabel?: string;
  readonly xDomain: XRange;
  /** Zoom and pan; without it the range is fixed. Only valid ranges are ever passed. */
  readonly onXDomain?: (d: XRange) => void;
  readonly cursorX: number;
  readonly onCursor?: (x: number) => void;
  readonly panels: { readonly derivative: boolean; readonly weight: boolean };
  readonly width: number;
  /** Accessible name of the charts, e.g. "Loss curves of Huber, MSE". */
  readonly title: string;
  /** Height of the loss panel in pixels; by default it follows the width. */
  readonly height?: number;
  /** Arrow-key step in data units; default 1/100 of the visible range. */
  readonly keyStep?: number;
  /**
   * Curves as SVG paths (the default: vector, and drawn in static markup too) or on canvases, which
   * redraw much faster while a parameter is dragged (ChartPanel).
   */
  readonly drawing?: CurveDrawing;
  /**
   * Height of all the panels together, x-axis labels included; by default each panel's height follows
   * the width. Given, the loss panel takes the larger share (a view that must fit a screen's height).
   */
  readonly fitHeight?: number;
}

/** Margins at the default 12 px text; larger text widens them (room for tick labels and titles). */
function marginsFor(fontSize: number) {
  const more = fontSize - 12;
  const side = { left: 56 + 3 * more, right: 16 } as const;
  return {
    side,
    /** Extra height of the bottom panel, which carries the x tick labels and title. */
    xAxis: 34 + 2 * more,
    margins: (bottomPanel: boolean): Margins => ({ top: 24 + 2 * more, bottom: bottomPanel ? 42 + 2 * more : 8, ...side }),
  };
}

/**
 * Up to three stacked charts on one x-scale and one crosshair: the loss, its derivative along x
 * and the effective per-sample weight. y fits the visible values of each panel (robust to a curve
 * that blows up at an edge). Pointer: hover or press sets the cursor, drag pans, wheel zooms. The
 * loss chart is a keyboard slider for the cursor (arrows, Shift ×10, Page keys, Home/End).
 */
export function CurvePanels(props: CurvePanelsProps) {
  const { curves, xDomain, onXDomain, cursorX, onCursor, panels, width, title, xLabel } = props;
  const [x0, x1] = xDomain;
  const { fontSize, heightScale, seriesDashes, ink } = useChartStyle();
  const { side: SIDE, xAxis, margins } = useMemo(() => marginsFor(fontSize), [fontSize]);
  const innerWidth = Math.max(10, width - SIDE.left - SIDE.right);
  const x = useMemo(() => scaleLinear().domain([x0, x1]).range([0, innerWidth]), [x0, x1, innerWidth]);
  const { containerRef, handlers } = usePlotPointer({ x, xDomain, onXDomain, onCursor });

  const styled = useMemo(
    () =>
      seriesDashes?.length || ink
        ? curves.map((c, i) => ({
            ...c,
            ...(ink ? { color: ink(c.color) } : {}),
            ...(!c.dashed && seriesDashes?.length ? { dash: seriesDashes[i % seriesDashes.length]! } : {}),
          }))
        : curves,
    [curves, seriesDashes, ink],
  );
  const valueLines = useMemo(() => styled.map((c) => line(c, c.value)), [styled]);
  const derivLines = useMemo(() => styled.map((c) => line(c, c.derivative)), [styled]);
  const weightLines = useMemo(() => styled.flatMap((c) => (c.weight ? [line(c, c.weight)] : [])), [styled]);
  const showDeriv = panels.derivative;
  const showWeight = panels.weight && weightLines.length > 0;

  const yValue = useMemo(() => fitYDomain(valueLines, [x0, x1], { includeZero: true }), [valueLines, x0, x1]);
  const yDeriv = useMemo(
    () => (showDeriv ? fitYDomain(derivLines, [x0, x1], { includeZero: true }) : yValue),
    [showDeriv, derivLines, x0, x1, yValue],
  );
  const yWeight = useMemo(
    () => (showWeight ? fitYDomain(weightLines, [x0, x1], { includeZero: true }) : yValue),
    [showWeight, weightLines, x0, x1, yValue],
  );

  // What this chart plots, for the CSV of a region that exports it (a lesson's figure); nothing without one.
  useReportPlotted(useMemo(() => ({ curves, panels: { derivative: showDeriv, weight: showWeight }, xLabel }), [curves, showDeriv, showWeight, xLabel]));

  const hintId = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onCursor) return;
    const next = cursorKey(e.key, e.shiftKey, cursorX, xDomain, props.keyStep ?? (x1 - x0) / 100);
    if (next === undefined) return;
    e.preventDefault();
    onCursor(next);
  };

  const subs = (showDeriv ? 1 : 0) + (showWeight ? 1 : 0);
  const fit = props.fitHeight === undefined ? undefined : Math.max(0, props.fitHeight - xAxis);
  const mainHeight = props.height ?? (fit !== undefined ? Math.round(Math.max(160, fit * [1, 0.6, 0.46][subs]!)) : Math.round(heightScale * clamp(width * 0.5, 200, 340)));
  const subHeight = fit !== undefined && subs > 0 ? Math.round(Math.max(100, (fit - mainHeight) / subs)) : Math.round(heightScale * clamp(width * 0.28, 130, 200));
  const bottom = showWeight ? 'weight' : showDeriv ? 'derivative' : 'value';
  const xTicks = Math.max(2, Math.round(innerWidth / (80 + 4 * (fontSize - 12))));
  const common = { x, width, cursorX, xTicks, pointer: handlers, drawing: props.drawing };
  // The bottom panel carries the x tick labels and title: more height, and a wider bottom margin.
  const place = (p: typeof bottom, h: number) => ({
    xLabel: p === bottom ? xLabel : undefined,
    height: h + (p === bottom ? xAxis : 0),
    margins: margins(p === bottom),
  });

  return (
    <div className="curve-panels" ref={containerRef}>
      <ChartPanel
        {...common}
        panel="value"
        lines={valueLines}
        yDomain={yValue}
        yLabel={props.yLabel ?? 'loss'}
        {...place('value', mainHeight)}
        attrs={
          onCursor
            ? {
                role: 'slider',
                tabIndex: 0,
                'aria-label': `${title}: cursor (${xLabel})`,
                'aria-valuemin': x0,
                'aria-valuemax': x1,
                'aria-valuenow': cursorX,
                'aria-valuetext': `${xLabel} ${Number(cursorX.toPrecision(4))}`,
                'aria-describedby': hintId,
                onKeyDown,
              }
            : { role: 'img', 'aria-label': title }
        }
      />
      {showDeriv && (
        <ChartPanel
          {...common}
          panel="derivative"
          lines={derivLines}
          yDomain={yDeriv}
          yLabel="derivative d/dx"
          {...place('derivative', subHeight)}
          attrs={{ role: 'img', 'aria-label': `${title}: derivative along ${xLabel}` }}
        />
      )}
      {showWeight && (
        <ChartPanel
          {...common}
          panel="weight"
          lines={weightLines}
          yDomain={yWeight}
          yLabel="weight"
          {...place('weight', subHeight)}
          attrs={{ role: 'img', 'aria-label': `${title}: effective per-sample weight` }}
        />
      )}
      <ul className="legend" aria-label="Curves">
        {styled.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: swatch(c) }} aria-hidden="true" />
            {c.label}
            {showWeight && c.weightLabel && <span className="legend-note"> · {c.weightLabel}</span>}
          </li>
        ))}
      </ul>
      <p id={hintId} className="chart-hint">
        {onCursor && 'Arrow keys move the cursor (Shift for bigger steps). '}
        {onXDomain && 'Drag a chart to pan, use the mouse wheel to zoom.'}
      </p>
    </div>
  );
}

type StyledCurve = PanelCurve & { readonly dash?: readonly number[] };

/** A legend swatch: the colour, with the first dash and gap of the curve's pattern. */
function swatch(c: StyledCurve): string {
  const [on, off] = c.dash ?? (c.dashed ? [4, 2] : []);
  return on !== undefined && off !== undefined ? `repeating-linear-gradient(90deg, ${c.color} 0 ${on}px, transparent ${on}px ${on + off}px)` : c.color;
}

function line(c: StyledCurve, y: Float64Array): PanelLine {
  return { id: c.id, color: c.color, dashed: c.dashed, dash: c.dash, x: c.x, y };
}
