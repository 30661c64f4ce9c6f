import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { Axis } from '../../../src/components/charts/Axis';
import { meanLossAt, meanLossCurve, type EstimateKind, type EstimateParams, type Optimum } from '../../../src/math/lessons/estimate';
import { DOMAIN, KIND_INFO } from './kinds';

interface MeanLossCurveProps {
  readonly kind: EstimateKind;
  readonly ys: readonly number[];
  readonly params: EstimateParams;
  readonly optimum: Optimum;
  /** The learner's guess c: a grey line and its mean loss. */
  readonly guess: number;
  readonly x: ScaleLinear<number, number>;
  readonly left: number;
  readonly height: number;
}

const TOP = 22;
const BOTTOM = 26;

/** The mean loss of one loss as a function of the constant prediction c, its lowest point marked. */
export function MeanLossCurve({ kind, ys, params, optimum, guess, x, left, height }: MeanLossCurveProps) {
  const info = KIND_INFO[kind];
  const { c, loss } = useMemo(() => meanLossCurve(kind, ys, params, DOMAIN, 281), [kind, ys, params]);
  const innerH = height - TOP - BOTTOM;
  const y = useMemo(() => scaleLinear().domain([0, Math.max(...loss)]).nice().range([innerH, 0]), [loss, innerH]);
  const d = line<number>()
    .x((_, i) => x(c[i]!))
    .y((v) => y(v))(Array.from(loss));
  const width = x.range()[1]! + left + 16;
  const flat = optimum.hi > optimum.lo;
  return (
    <figure className="estimate-curve">
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG chart has no <img> form; role img names it */}
      <svg className="line-chart" width={width} height={height} role="img" aria-label={`Mean ${info.name} loss against the constant prediction c, lowest at c = ${optimum.at}`}>
        <line x1={left} x2={left + 14} y1={10} y2={10} stroke={info.color} strokeWidth={3} />
        <text x={left + 20} y={14} className="estimate-curve-title">
          mean {info.name} loss vs prediction c
        </text>
        <g transform={`translate(${left},${TOP})`}>
          <Axis scale={y} orient="left" gridLength={x.range()[1]!} ticks={3} />
          <g transform={`translate(0,${innerH})`}>
            <Axis scale={x} orient="bottom" gridLength={0} ticks={Math.max(3, Math.floor(x.range()[1]! / 45))} />
          </g>
          <path d={d ?? ''} fill="none" stroke={info.color} strokeWidth={2} />
          {flat && <line x1={x(optimum.lo)} x2={x(optimum.hi)} y1={innerH} y2={innerH} stroke={info.color} strokeWidth={5} opacity={0.5} />}
          <line x1={x(optimum.at)} x2={x(optimum.at)} y1={0} y2={innerH} stroke={info.color} strokeDasharray="3 2" />
          <line x1={x(guess)} x2={x(guess)} y1={0} y2={innerH} className="estimate-guess" />
          <circle cx={x(guess)} cy={y(meanLossAt(kind, ys, guess, params))} r={3.5} className="estimate-guess-dot" />
          <circle cx={x(optimum.at)} cy={y(meanLossAt(kind, ys, optimum.at, params))} r={4.5} fill={info.color} />
        </g>
      </svg>
    </figure>
  );
}
