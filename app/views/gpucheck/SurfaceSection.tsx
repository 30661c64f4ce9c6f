import { useState, type ReactNode } from 'react';
import { loadWebgl, WebglUnavailableError, type GpuRuntime } from '../../../src/math/gpu/backend';
import { benchSurface } from '../../../src/math/gpu/surface/bench';
import { runContextLossCheck, runMemoryCheck, runSurfaceCheck, runWebgl1Check } from '../../../src/math/gpu/surface/diagnostics';
import { AgreementTable, ContextTable, MemoryTable, TimingTable } from './SurfaceTables';

type Job = (rt: GpuRuntime) => Promise<ReactNode>;

/**
 * Diagnostics of the fused surface kernels, each on demand: agreement with the float64 surfaceCpu on
 * every preset and loss, tf.memory() across many evaluations, a lost WebGL context, and timings.
 */
export function SurfaceSection() {
  const [busy, setBusy] = useState<string | undefined>();
  const [note, setNote] = useState('Choose a check.');
  const [result, setResult] = useState<ReactNode>(null);

  const run = (label: string, job: Job) => async () => {
    setBusy(label);
    setNote(`${label}: running…`);
    setResult(null);
    try {
      const rt = await loadWebgl();
      setResult(await job(rt));
      setNote(`${label}: done on ${rt.tf.getBackend()}.`);
    } catch (e) {
      const detail = e instanceof WebglUnavailableError ? `${e.message} (${e.detail})` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      setNote(`${label}: ${detail}`);
    } finally {
      setBusy(undefined);
    }
  };

  const checks: [string, Job][] = [
    ['Check surfaces', async (rt) => <AgreementTable rows={await runSurfaceCheck(rt)} />],
    [
      'Check under WebGL 1',
      async () => {
        const r = await runWebgl1Check();
        return (
          <>
            <p data-testid="surface-webgl-version">Ran under WebGL {r.webglVersion}; WebGL 2 restored.</p>
            <AgreementTable rows={r.rows} />
          </>
        );
      },
    ],
    ['Check memory', async (rt) => <MemoryTable {...await runMemoryCheck(rt, 200)} />],
    ['Lose and recover the context', async (rt) => <ContextTable steps={(await runContextLossCheck(rt)).steps} />],
    ['Benchmark surfaces', async (rt) => <TimingTable rows={await benchSurface(rt)} />],
  ];

  return (
    <section className="gpu-check-surface" aria-labelledby="surface-kernels-title">
      <h2 id="surface-kernels-title">Surface kernels</h2>
      <p>
        The fused programs compute a loss surface and both partial derivatives over a weight grid, looping over the data
        in one shader. Each check runs on demand.
      </p>
      <p>
        {checks.map(([label, job]) => (
          <button key={label} type="button" disabled={busy !== undefined} onClick={run(label, job)}>
            {label}
          </button>
        ))}
      </p>
      <p aria-live="polite" data-testid="surface-note">
        {note}
      </p>
      {result}
    </section>
  );
}
