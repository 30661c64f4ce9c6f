import { seriesColor } from '../../../src/components/charts/palette';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { kl } from '../../../src/math/lessons/kl';
import type { FigureProps } from '../types';
import { DistributionPair } from './DistributionPair';
import { StackedRows } from './StackedRows';
import type { KlState } from './state';

/** Step 2: KL(p ‖ q) beside KL(q ‖ p); a button makes q equal to p, where both are exactly 0. */
export function AsymmetryFigure({ state, set, revealed, width }: FigureProps<KlState>) {
  const pq = kl(state.p, state.q);
  const qp = kl(state.q, state.p);
  return (
    <div>
      <DistributionPair state={state} set={set} width={width} />
      <button type="button" className="lfig-button" onClick={() => set({ q: [...state.p] })}>
        Set q equal to p
      </button>
      <StackedRows
        title="KL divergence in both directions, as bars"
        rows={[
          { label: 'KL(p‖q)', segments: [{ value: pq, color: seriesColor(4), hidden: !revealed }] },
          { label: 'KL(q‖p)', segments: [{ value: qp, color: seriesColor(5), hidden: !revealed }] },
        ]}
        width={Math.min(width, 640)}
      />
      <ul className="lfig-legend" aria-label="Bar colours">
        {[
          ['KL(p‖q)', seriesColor(4)],
          ['KL(q‖p)', seriesColor(5)],
        ].map(([label, color]) => (
          <li key={label}>
            <span className="lfig-swatch lfig-box" style={{ background: color }} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
      <div className="lfig-readouts">
        <NumberReadout label="KL(p‖q)" value={pq} shown={revealed} />
        <NumberReadout label="KL(q‖p)" value={qp} shown={revealed} />
      </div>
    </div>
  );
}
