import { useState, type ReactNode } from 'react';
import {
  contextLost, loadWebgl, recoverWebgl, untilContextLost, WebglUnavailableError, type GpuRuntime,
} from '../../../src/math/gpu/backend';
import { benchSurface } from '../../../src/math/gpu/surface/bench';
import { runContextLossCheck, runMemoryCheck, runSurfaceCheck, runWebgl1Check } from '../../../src/math/gpu/surface/diagnostics';
import { useApp } from '../../state/store';
import { AgreementTable, ContextTable, MemoryTable, TimingTable } from './SurfaceTables';

type Job = (rt: GpuRuntime) => Promise<ReactNode>;

/**
 * A check, and whether it is guarded against a lost context (rejects at once, never waits forever). The
 * context-loss check loses it on purpose and the WebGL 1 check replaces the backend: both handle it themselves.
 */
type Check = readonly [label: string, job: Job, guarded: boolean];

/** The runtime, on a fresh context when the last one was lost (an earlier check or the driver). */
async function liveRuntime(): Promise<GpuRuntime> {
  const rt = await loadWebgl();
  return contextLost(rt) ? recoverWebgl() : rt;
}

/**
 * Diagnostics of the fused surface kernels, each on demand: agreement with the float64 surfaceCpu on
 * every preset and loss, tf.memory() across many evaluations, a lost WebGL context, and timings.
 */
export function SurfaceSection() {
  const [busy, setBusy] = useState<string | undefined>();
  const [note, setNote] = useState('Choose a check.');
  const [result, setResult] = useState<ReactNode>(null);

  const run = ([label, job, guarded]: Check) => async () => {
    setBusy(label);
    setNote(`${label}: running…`);
    setResult(null);
    try {
      const rt = await liveRuntime();
      setResult(await (guarded ? untilContextLost(rt, job(rt)) : job(rt)));
      setNote(`${label}: done on ${rt.tf.getBackend()}.`);
    } catch (e) {
      const detail = e instanceof WebglUnavailableError ? `${e.message} (${e.detail})` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      setNote(`${label}: ${detail}`);
    } finally {
      setBusy(undefined);
    }
  };

  const checks: Check[] = [
    ['Check surfaces', async (rt) => <AgreementTable rows={await runSurfaceCheck(rt)} />, true],
    [
      'Check typed losses',
      // The typed formulas need the parser: its chunk loads only for these checks.
      // The page's own typed losses are installed again afterwards.
      async (rt) => <AgreementTable rows={await (await import('../../../src/math/gpu/surface/ownCheck')).runOwnSurfaceCheck(rt, useApp.getState().own.defs)} />,
      true,
    ],
    [
      'Check typed losses under WebGL 1',
      async () => {
        const r = await (await import('../../../src/math/gpu/surface/ownCheck')).runOwnWebgl1Check(useApp.getState().own.defs);
        return (
          <>
            <p data-testid="surface-webgl-version">Ran under WebGL {r.webglVersion}; WebGL 2 restored.</p>
            <AgreementTable rows={r.rows} />
          </>
        );
      },
      false,
    ],
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
      false,
    ],
    ['Check memory', async (rt) => <MemoryTable {...await runMemoryCheck(rt, 200)} />, true],
    ['Lose and recover the context', async (rt) => <ContextTable steps={(await runContextLossCheck(rt)).steps} />, false],
    ['Benchmark surfaces', async (rt) => <TimingTable rows={await benchSurface(rt)} />, true],
  ];

  return (
    <section className="gpu-check-surface" aria-labelledby="surface-kernels-title">
      <h2 id="surface-kernels-title">Surface kernels</h2>
      <p>
        The fused programs compute a loss surface and both partial derivatives over a weight grid, looping over the data
        in one shader. Each check runs on demand.
      </p>
      <p>
        {checks.map((c) => (
          <button key={c[0]} type="button" disabled={busy !== undefined} onClick={run(c)}>
            {c[0]}
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
