import { memo } from 'react';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { getLoss } from '../../../src/math/losses';
import { useShown } from '../../embed/useShown';
import { useSurface } from '../../state/surfaceStore';
import { lossesFor } from '../../state/surfaceState';
import { OwnSurfaceLosses } from './OwnSurfaceLosses';
import { useSurfaceLossesVersion } from './useSurfaceLosses';

/** The two losses shown side by side, and their parameters. */
export const LossPairPanel = memo(function LossPairPanel({ onSlide }: { onSlide: () => void }) {
  const kind = useSurface((s) => s.kind);
  const losses = useSurface((s) => s.losses);
  const values = useSurface((s) => s.values);
  const setLoss = useSurface((s) => s.setLoss);
  const setParam = useSurface((s) => s.setParam);
  // Typed losses join the menus as their formulas are installed.
  useSurfaceLossesVersion();
  const options = lossesFor(kind);
  const shown = useShown();
  if (!shown('loss') && !losses.some((id) => getLoss(id)?.params.some((p) => shown(p.name)))) return null;
  return (
    <section className="surface-panel" aria-labelledby="losses-title">
      <h2 id="losses-title">Losses</h2>
      {([0, 1] as const).map((slot) => (
        <div key={slot} className="loss-slot">
          {shown('loss') && (
          <label>
            {slot === 0 ? 'Left surface' : 'Right surface'}{' '}
            <select
              value={losses[slot] ?? ''}
              onChange={(e) => setLoss(slot, e.currentTarget.value || undefined)}
            >
              {slot === 1 && <option value="">(none)</option>}
              {options.map((id) => (
                <option key={id} value={id}>{getLoss(id)?.title ?? id}</option>
              ))}
            </select>
          </label>
          )}
          {losses[slot] &&
            getLoss(losses[slot])!.params.filter((p) => shown(p.name)).map((p) => (
              <ParamSlider
                key={p.name}
                spec={p}
                value={values[losses[slot]!]?.[p.name] ?? p.default}
                context={getLoss(losses[slot]!)!.title}
                onChange={(v) => {
                  setParam(losses[slot]!, p.name, v);
                  onSlide();
                }}
              />
            ))}
        </div>
      ))}
      {shown('loss') && <OwnSurfaceLosses kind={kind} />}
    </section>
  );
});
