import { seriesColor } from '../../../src/components/charts/palette';
import { ProbabilityDragBars } from '../../../src/components/lesson/ProbabilityDragBars';
import { FLOOR, classesOf, dragged, type KlState } from './state';

interface DistributionPairProps {
  readonly state: KlState;
  readonly set: (patch: Partial<KlState>) => void;
  readonly width: number;
}

/** The target p and the prediction q side by side, each bar draggable. */
export function DistributionPair({ state, set, width }: DistributionPairProps) {
  const half = Math.min(360, Math.max(160, width / 2 - 16));
  const classes = classesOf(state);
  return (
    <div className="lfig-figure-row">
      <ProbabilityDragBars
        name="p"
        caption="target"
        classes={classes}
        values={state.p}
        min={FLOOR}
        onChange={(i, v) => set(dragged(state, 'p', i, v))}
        color={seriesColor(0)}
        width={half}
      />
      <ProbabilityDragBars
        name="q"
        caption="prediction"
        classes={classes}
        values={state.q}
        min={FLOOR}
        onChange={(i, v) => set(dragged(state, 'q', i, v))}
        color={seriesColor(1)}
        width={half}
      />
    </div>
  );
}
