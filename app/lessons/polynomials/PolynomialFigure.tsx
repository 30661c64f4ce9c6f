import { useMemo } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider, clampToSpec } from '../../../src/components/controls/ParamSlider';
import { PolyCoefficientBars, type CoefficientSeries } from '../../../src/components/lesson/PolyCoefficientBars';
import { PolyCoefficientTable } from '../../../src/components/lesson/PolyCoefficientTable';
import { lossAt, lossSlopeAt, polyTerms, seriesAt, seriesSlopeAt, type SeriesKind } from '../../../src/math/lessons/polynomials';
import type { FigureProps } from '../types';
import { PolyReadout } from './PolyReadout';
import { EPSILON, GAMMA, PT, TERMS, type PolyState } from './state';
import { SHORT, kindName } from './text';
import './polynomials.css';

export interface PolynomialFigureProps extends FigureProps<PolyState> {
  readonly kind: SeriesKind;
  /** What stays hidden until the step's question is answered: the truncated series, or the loss's bars. */
  readonly hides: 'series' | 'bars';
}

const SAMPLES = 240;
const X0 = 0.004;
const X1 = 0.999;
const BAR_POWERS = 10;
const TABLE_ROWS = 4;

/**
 * Sliders for N and the loss's own parameter on top; a loss over p_t with its truncated series (dashed), whose
 * cursor is p_t; below, the numbers at the cursor beside the series' coefficient bars against cross-entropy's.
 */
export function PolynomialFigure({ state, set, revealed, width, kind, hides }: PolynomialFigureProps) {
  const { pt, terms, gamma, epsilon } = state;
  // Readout and bars side by side when both get 260 px (the grid in polynomials.css), else stacked.
  const half = width >= 536 ? Math.floor((width - 16) / 2) : width;
  const showSeries = revealed || hides !== 'series';
  const showBars = revealed || hides !== 'bars';

  const curves = useMemo(() => {
    const p = { gamma, epsilon };
    const x = Float64Array.from({ length: SAMPLES }, (_, i) => X0 + ((X1 - X0) * i) / (SAMPLES - 1));
    const of = (f: (v: number) => number) => x.map(f);
    const head = polyTerms(kind, p, terms);
    const out: PanelCurve[] = [
      { id: 'ce', label: 'cross-entropy −log p_t', color: seriesColor(0), x, value: of((v) => lossAt('ce', p, v)), derivative: of((v) => lossSlopeAt('ce', p, v)) },
    ];
    if (kind !== 'ce') {
      out.push({ id: kind, label: kindName(kind, p), color: seriesColor(1), x, value: of((v) => lossAt(kind, p, v)), derivative: of((v) => lossSlopeAt(kind, p, v)) });
    }
    if (showSeries) {
      out.push({
        id: 'series',
        label: `first ${terms} term${terms === 1 ? '' : 's'} of its series`,
        color: seriesColor(2),
        dashed: true,
        x,
        value: of((v) => seriesAt(head, v)),
        derivative: of((v) => seriesSlopeAt(head, v)),
      });
    }
    return out;
  }, [kind, terms, gamma, epsilon, showSeries]);

  const bars = useMemo((): CoefficientSeries[] => {
    const p = { gamma, epsilon };
    const ce: CoefficientSeries = { id: 'ce', label: 'CE', color: seriesColor(0), terms: polyTerms('ce', p, kind === 'ce' ? terms : BAR_POWERS), hollow: kind !== 'ce' };
    if (kind === 'ce') return [ce];
    return [ce, { id: kind, label: SHORT[kind], color: seriesColor(1), terms: polyTerms(kind, p, BAR_POWERS), hidden: !showBars }];
  }, [kind, terms, gamma, epsilon, showBars]);

  const param = kind === 'focal' ? GAMMA : kind === 'poly1' ? EPSILON : undefined;
  return (
    <div className="poly-figure">
      <div className="poly-controls">
        <ParamSlider spec={TERMS} value={terms} onChange={(v) => set({ terms: v })} />
        {param && (
          <ParamSlider spec={param} value={param === GAMMA ? gamma : epsilon} onChange={(v) => set(param === GAMMA ? { gamma: v } : { epsilon: v })} />
        )}
      </div>
      <CurvePanels
        curves={curves}
        xLabel="p_t"
        xDomain={[0, 1]}
        cursorX={pt}
        onCursor={(v) => set({ pt: clampToSpec(PT, Math.round(v / PT.step) * PT.step) })}
        keyStep={PT.step}
        panels={{ derivative: false, weight: false }}
        width={width}
        height={Math.round(Math.min(260, Math.max(180, width * 0.42)))}
        title={`${kind === 'ce' ? 'Cross-entropy' : kindName(kind, { gamma, epsilon })} over p_t`}
      />
      <div className="poly-extra">
        <PolyReadout kind={kind} state={state} showSeries={showSeries} />
        <PolyCoefficientBars
          series={bars}
          maxPower={BAR_POWERS}
          width={half}
          height={200}
          title={kind === 'ce' ? 'Coefficients of cross-entropy’s series' : `Coefficients: cross-entropy (outlined) and ${bars[1]!.label}`}
        />
      </div>
      <PolyCoefficientTable series={bars} rows={TABLE_ROWS} caption="The first terms: (coefficient)·(1 − p_t)^(power)" />
    </div>
  );
}
