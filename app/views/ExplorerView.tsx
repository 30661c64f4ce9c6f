import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LineChart, type Series } from '../../src/components/charts/LineChart';
import { seriesColor } from '../../src/components/charts/palette';
import { ParamSlider } from '../../src/components/controls/ParamSlider';
import { Formula } from '../../src/components/formula/Formula';
import { CurveReadout } from '../../src/components/readout/CurveReadout';
import { getLoss } from '../../src/math/losses';
import { finiteExtent, sampleProfile } from '../../src/math/sampling';
import { formulaTex } from '../../src/math/tex';
import type { LossSpec, ParamSpec } from '../../src/math/types';
import { useAtlas } from '../state/store';
import { useElementWidth } from '../useElementWidth';

const POINTS = 1001;

/** The curve explorer: selected losses over a shared x-axis, their parameters, numbers and formulas. */
export function ExplorerView() {
  const ids = useAtlas(useShallow((s) => s.ids));
  const params = useAtlas((s) => s.params);
  const xDomain = useAtlas((s) => s.xDomain);
  const cursorX = useAtlas((s) => s.cursorX);
  const setCursor = useAtlas((s) => s.setCursor);
  const setParam = useAtlas((s) => s.setParam);
  const resetParams = useAtlas((s) => s.resetParams);
  const [chartBox, width] = useElementWidth<HTMLDivElement>();

  const specs = useMemo(() => ids.map(getLoss).filter((s): s is LossSpec => s !== undefined), [ids]);
  const axisProfile = specs[0]?.profiles[0];

  const curves = useMemo(
    () =>
      specs.map((spec, i) => ({
        spec,
        color: seriesColor(i),
        curve: sampleProfile(spec.profiles[0]!, params, xDomain, POINTS),
      })),
    [specs, params, xDomain],
  );
  const series: Series[] = curves.map(({ spec, color, curve }) => ({
    id: spec.id, label: spec.title, color, x: curve.x, y: curve.value,
  }));
  const yExtent = finiteExtent(...curves.map((c) => c.curve.value)) ?? [0, 1];
  const yDomain: [number, number] = [Math.min(0, yExtent[0]), yExtent[1] === yExtent[0] ? yExtent[0] + 1 : yExtent[1]];

  const paramSpecs = useMemo(() => {
    const seen = new Map<string, { spec: ParamSpec; owners: string[] }>();
    for (const s of specs) for (const p of s.params) {
      const e = seen.get(p.name);
      if (e) e.owners.push(s.title);
      else seen.set(p.name, { spec: p, owners: [s.title] });
    }
    return [...seen.values()];
  }, [specs]);

  const xLabel = axisProfile?.label ?? 'x';
  return (
    <div className="explorer">
      <section className="chart-panel" aria-labelledby="chart-title">
        <h1 id="chart-title">Loss over the {axisProfile?.axis ?? 'x-axis'}</h1>
        <div ref={chartBox} className="chart-box">
          <LineChart
            title={`Loss curves of ${specs.map((s) => s.title).join(', ')}`}
            series={series}
            xDomain={xDomain}
            yDomain={yDomain}
            xLabel={xLabel}
            yLabel="loss per sample"
            width={width}
            height={Math.round(Math.min(420, Math.max(240, width * 0.55)))}
            cursorX={cursorX}
            onCursor={setCursor}
          />
        </div>
        <ul className="legend" aria-label="Curves">
          {series.map((s) => (
            <li key={s.id}><span className="swatch" style={{ background: s.color }} aria-hidden="true" />{s.label}</li>
          ))}
        </ul>
      </section>
      <section className="side-panel" aria-label="Parameters and readout">
        <h2>Parameters</h2>
        {paramSpecs.map(({ spec, owners }) => (
          <ParamSlider
            key={spec.name}
            spec={spec}
            value={params[spec.name] ?? spec.default}
            onChange={(v) => setParam(spec.name, v)}
            context={owners.join(', ')}
          />
        ))}
        {paramSpecs.length > 0 && <button type="button" onClick={resetParams}>Reset parameters</button>}
        <CurveReadout
          xLabel={axisProfile?.xTex ?? 'x'}
          x={cursorX}
          rows={curves.map(({ spec, color }) => ({
            id: spec.id,
            label: spec.title,
            color,
            value: spec.profiles[0]!.value(cursorX, params),
            derivative: spec.profiles[0]!.derivative(cursorX, params),
          }))}
        />
      </section>
      <section className="formula-panel" aria-labelledby="formulas-title">
        <h2 id="formulas-title">Formulas</h2>
        {specs.map((spec) => (
          <figure key={spec.id} className="formula-card">
            <figcaption>{spec.title}</figcaption>
            <Formula tex={formulaTex(spec.tex.value, spec, params)} />
            <p className="description">{spec.description}</p>
          </figure>
        ))}
      </section>
    </div>
  );
}
