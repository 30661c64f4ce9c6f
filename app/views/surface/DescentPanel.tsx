import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { LossPerStepChart } from '../../../src/components/surface/LossPerStepChart';
import { getLoss } from '../../../src/math/losses';
import type { Method } from '../../../src/math/surface';
import { useShown } from '../../embed/useShown';
import { useSurface } from '../../state/surfaceStore';
import { LR, MAX_NORM, MOMENTUM, STEPS } from './controlSpecs';
import type { DescentRun } from './useDescent';

const METHODS: readonly { value: Method; label: string }[] = [
  { value: 'gd', label: 'Gradient descent' },
  { value: 'momentum', label: 'Momentum' },
  { value: 'projected', label: 'Projected GD (max-norm)' },
];

/** Optimizer settings, playback controls and the objective per step. */
export function DescentPanel({ run, width }: { run: DescentRun; width: number }) {
  const s = useSurface((st) => st);
  const set = s.set;
  const shown = useShown();
  const parts = ['method', 'lr', 'steps', 'descent', ...(s.method === 'momentum' ? ['momentum'] : []), ...(s.method === 'projected' ? ['max_norm'] : [])];
  if (!parts.some(shown)) return null;
  return (
    <section className="surface-panel" aria-labelledby="descent-title">
      <h2 id="descent-title">Gradient descent</h2>
      {shown('descent') && (
      <p className="muted">
        {s.start ? `Start at (${s.start.map((x) => Number(x.toPrecision(3))).join(', ')}).` : 'Click a surface (or press Enter on its weights) to choose a start.'}
      </p>
      )}
      {shown('method') && (
      <fieldset className="kind-picker">
        <legend>Method</legend>
        {METHODS.map((m) => (
          <label key={m.value}>
            <input type="radio" name="descent-method" checked={s.method === m.value} onChange={() => set({ method: m.value })} />
            {m.label}
          </label>
        ))}
      </fieldset>
      )}
      {shown('lr') && <ParamSlider spec={LR} value={s.lr} onChange={(v) => set({ lr: v })} />}
      {shown('steps') && <ParamSlider spec={STEPS} value={s.steps} onChange={(v) => set({ steps: v })} />}
      {s.method === 'momentum' && shown('momentum') && <ParamSlider spec={MOMENTUM} value={s.momentum} onChange={(v) => set({ momentum: v })} />}
      {s.method === 'projected' && shown('max_norm') && <ParamSlider spec={MAX_NORM} value={s.max_norm} onChange={(v) => set({ max_norm: v })} />}
      {shown('descent') && (
      <>
      <fieldset className="descent-buttons">
        <legend className="sr-only">Playback</legend>
        {run.playing ? (
          <button type="button" onClick={run.pause}>Pause</button>
        ) : (
          <button type="button" onClick={run.play} disabled={!s.start}>Run</button>
        )}
        <button type="button" onClick={run.step} disabled={!s.start || run.shown >= run.total}>Step</button>
        <button type="button" onClick={run.reset} disabled={!s.start}>Reset</button>
        <output aria-label="Descent step">step {run.shown} of {run.total}</output>
      </fieldset>
      {run.runs.map((r, i) =>
        r ? (
          <LossPerStepChart
            key={s.losses[i]}
            title={`${getLoss(s.losses[i] ?? '')?.title ?? ''} objective per step`}
            values={r.path.slice(0, run.shown + 1).map((p) => p.value)}
            width={width}
            logScale
          />
        ) : null,
      )}
      </>
      )}
    </section>
  );
}
