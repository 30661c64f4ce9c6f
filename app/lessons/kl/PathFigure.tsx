import { seriesColor } from '../../../src/components/charts/palette';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { LossSweepChart } from '../../../src/components/lesson/LossSweepChart';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { ProbabilityDragBars } from '../../../src/components/lesson/ProbabilityDragBars';
import { crossEntropyPQ, entropy, kl, mix } from '../../../src/math/lessons/kl';
import type { FigureProps } from '../types';
import { FLOOR, T_SPEC, classesOf, type KlState } from './state';

/** Step 3: CE(p, q_t) and KL(p ‖ q_t) along the path from q to p differ by the constant H(p). */
export function PathFigure({ state, set, width }: FigureProps<KlState>) {
  const classes = classesOf(state);
  const qt = mix(state.q, state.p, state.t);
  const h = entropy(state.p);
  const ts = Array.from({ length: 101 }, (_, i) => i / 100);
  const half = Math.min(360, Math.max(160, width / 2 - 16));
  return (
    <div>
      <ParamSlider spec={T_SPEC} value={state.t} onChange={(t) => set({ t })} />
      <div className="lfig-figure-row">
        <ProbabilityDragBars name="p" caption="target" classes={classes} values={state.p} min={FLOOR} color={seriesColor(0)} width={half} height={130} />
        <ProbabilityDragBars name="q_t" caption="prediction on the path" classes={classes} values={qt} min={FLOOR} color={seriesColor(1)} width={half} height={130} />
      </div>
      <LossSweepChart
        title="Cross-entropy, KL divergence and entropy along the path from q to p"
        series={[
          { label: 'CE(p, q_t)', points: ts.map((t) => ({ x: t, y: crossEntropyPQ(state.p, mix(state.q, state.p, t)) })) },
          { label: 'KL(p‖q_t)', points: ts.map((t) => ({ x: t, y: kl(state.p, mix(state.q, state.p, t)) })) },
          { label: 'H(p)', points: ts.map((t) => ({ x: t, y: h })) },
        ]}
        xDomain={[0, 1]}
        xLabel="t (q_t = (1 − t)·q + t·p)"
        yLabel="nats"
        at={state.t}
        showCurves
        width={Math.min(width, 720)}
        height={200}
        atLabel="t now"
      />
      <div className="lfig-readouts">
        <NumberReadout label="CE(p, q_t)" value={crossEntropyPQ(state.p, qt)} />
        <NumberReadout label="KL(p‖q_t)" value={kl(state.p, qt)} />
        <NumberReadout label="H(p)" value={h} />
      </div>
    </div>
  );
}
