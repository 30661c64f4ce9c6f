import { memo } from 'react';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { useShown } from '../../embed/useShown';
import { useSurface } from '../../state/surfaceStore';
import type { RegKind } from '../../state/surfaceState';
import { L1_RATIO, LAMBDA } from './controlSpecs';

const KINDS: readonly { value: RegKind; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'l1', label: 'L1 (lasso)' },
  { value: 'l2', label: 'L2 (ridge)' },
  { value: 'elastic_net', label: 'Elastic net' },
];

/** total = data loss + λ·R(w); the bias is never regularized. */
export const RegularizationPanel = memo(function RegularizationPanel({ onSlide }: { onSlide: () => void }) {
  const reg = useSurface((s) => s.reg);
  const lambda = useSurface((s) => s.lambda);
  const l1Ratio = useSurface((s) => s.l1_ratio);
  const set = useSurface((s) => s.set);
  const shown = useShown();
  const showLambda = reg !== 'none' && shown('lambda');
  const showRatio = reg === 'elastic_net' && shown('l1_ratio');
  if (!shown('reg') && !showLambda && !showRatio) return null;
  return (
    <section className="surface-panel" aria-labelledby="reg-title">
      <h2 id="reg-title">Regularization</h2>
      {shown('reg') && (
      <fieldset className="kind-picker">
        <legend>Penalty R(w)</legend>
        {KINDS.map((k) => (
          <label key={k.value}>
            <input type="radio" name="reg-kind" checked={reg === k.value} onChange={() => set({ reg: k.value })} />
            {k.label}
          </label>
        ))}
      </fieldset>
      )}
      {showLambda && (
        <ParamSlider spec={LAMBDA} value={lambda} onChange={(v) => { set({ lambda: v }); onSlide(); }} />
      )}
      {showRatio && (
        <ParamSlider spec={L1_RATIO} value={l1Ratio} onChange={(v) => { set({ l1_ratio: v }); onSlide(); }} />
      )}
      <p className="muted">
        The outline through the regularized optimum is the region R(w) ≤ R(w*): the optimum is also the best
        fit of the data loss alone inside it. The dotted line is where the optimum moves as λ goes from 10⁻⁴ to 10.
      </p>
    </section>
  );
});
