import { seriesColor } from '../../../src/components/charts/palette';
import { NumberReadout } from '../../../src/components/lesson/NumberReadout';
import { crossEntropyPQ, entropy, kl } from '../../../src/math/lessons/kl';
import type { FigureProps } from '../types';
import { DistributionPair } from './DistributionPair';
import { StackedRows } from './StackedRows';
import type { KlState } from './state';

/** Step 1: drag p and q; H(p) and KL(p ‖ q) stacked end to end reach exactly as far as CE(p, q). */
export function IdentityFigure({ state, set, revealed, width }: FigureProps<KlState>) {
  const h = entropy(state.p);
  const d = kl(state.p, state.q);
  const ce = crossEntropyPQ(state.p, state.q);
  return (
    <div>
      <DistributionPair state={state} set={set} width={width} />
      <StackedRows
        title="Cross-entropy as one bar; entropy and KL divergence stacked end to end"
        rows={[
          { label: 'CE(p, q)', segments: [{ value: ce, color: seriesColor(3), hidden: !revealed }] },
          {
            label: 'H(p) + KL(p‖q)',
            segments: [
              { value: h, color: seriesColor(2) },
              { value: d, color: seriesColor(4), hidden: !revealed },
            ],
          },
        ]}
        width={Math.min(width, 640)}
      />
      <ul className="lfig-legend" aria-label="Bar colours">
        {[
          ['H(p)', seriesColor(2)],
          ['KL(p‖q)', seriesColor(4)],
          ['CE(p, q)', seriesColor(3)],
        ].map(([label, color]) => (
          <li key={label}>
            <span className="lfig-swatch lfig-box" style={{ background: color }} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
      <div className="lfig-readouts">
        <NumberReadout label="H(p)" value={h} />
        <NumberReadout label="KL(p‖q)" value={d} shown={revealed} />
        <NumberReadout label="H(p) + KL(p‖q)" value={h + d} shown={revealed} />
        <NumberReadout label="CE(p, q)" value={ce} shown={revealed} />
      </div>
    </div>
  );
}
