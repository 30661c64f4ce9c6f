import { useEffect, useMemo, useState } from 'react';
import { describeTolerance } from '../../src/math/gpu/agreement';
import { GpuContextLostError, loadWebgl, untilContextLost, WEBGL_UNAVAILABLE, WebglUnavailableError } from '../../src/math/gpu/backend';
import { runCpuCheck, runGpuCheck, type CpuRow, type GpuRow } from '../../src/math/gpu/check';
import { getLoss } from '../../src/math/losses';
import { withDefaults } from '../../src/math/tensor';
import { SurfaceSection } from './gpucheck/SurfaceSection';

interface GpuDone {
  readonly kind: 'done';
  readonly backendName: string;
  readonly webglVersion: number;
  readonly float32: boolean;
  readonly initMs: number;
  readonly rows: readonly GpuRow[];
  readonly tensorsLeft: number;
}
interface GpuFailed {
  readonly kind: 'failed';
  /** Why: WebGL itself is missing, its context was lost during the check, or anything else. */
  readonly cause: 'unavailable' | 'lost' | 'other';
  readonly detail: string;
}
type GpuState = { readonly kind: 'loading' } | GpuDone | GpuFailed;

const FAILED: Record<GpuFailed['cause'], string> = {
  unavailable: WEBGL_UNAVAILABLE,
  lost: 'The WebGL context was lost during the GPU check; the float64 results are below',
  other: 'The GPU check failed; the float64 results are below',
};

const sci = (x: number) => (x === 0 ? '0' : Number.isFinite(x) ? x.toExponential(2) : String(x));
const ms = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
const titleOf = (id: string) => getLoss(id)?.title ?? id;

function paramsText(row: CpuRow): string {
  const spec = getLoss(row.check.lossId);
  if (!spec) return '—';
  const p = withDefaults(spec, row.check.params);
  return spec.params.map((q) => `${q.name} = ${p[q.name]}`).join(', ') || 'none';
}

async function check(cpu: readonly CpuRow[], signal: AbortSignal): Promise<GpuDone | undefined> {
  const rt = await loadWebgl();
  if (signal.aborted) return undefined;
  // A context lost mid-check would leave a read-back waiting forever: the guard rejects instead.
  const rows = await untilContextLost(rt, runGpuCheck(rt, cpu));
  const { tf, webglVersion, float32, initMs } = rt;
  const tensorsLeft = tf.memory().numTensors;
  return { kind: 'done', backendName: tf.getBackend(), webglVersion, float32, initMs, rows, tensorsLeft };
}

function GpuTables({ gpu }: { gpu: GpuDone }) {
  return (
    <>
      <p>
        WebGL {gpu.webglVersion}, {gpu.float32 ? 'float32' : 'float16'} textures; tfjs loaded in {ms(gpu.initMs)} ms;
        tensors alive after the run: <span data-testid="tensors-left">{gpu.tensorsLeft}</span>.
      </p>
      <table className="gpu-check-table">
        <caption>GPU vs float64</caption>
        <thead>
          <tr>
            <th scope="col">loss</th>
            <th scope="col">max |Δ value|</th>
            <th scope="col">max |Δ derivative|</th>
            <th scope="col">tolerance</th>
            <th scope="col">agrees</th>
          </tr>
        </thead>
        <tbody>
          {gpu.rows.map((r) => (
            <tr key={r.lossId}>
              <th scope="row">{titleOf(r.lossId)}</th>
              <td>{r.agreement ? sci(r.agreement.maxValueDiff) : '—'}</td>
              <td>{r.agreement ? sci(r.agreement.maxDerivativeDiff) : '—'}</td>
              <td>{describeTolerance()}</td>
              <td>{r.agreement ? (r.agreement.agrees ? 'yes' : 'no') : `no: ${r.error ?? 'not run'}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="gpu-check-table">
        <caption>GPU timings (ms)</caption>
        <thead>
          <tr>
            <th scope="col">loss</th>
            <th scope="col">first call (compiles its shader)</th>
            <th scope="col">warm call</th>
          </tr>
        </thead>
        <tbody>
          {gpu.rows.map((r) => (
            <tr key={r.lossId}>
              <th scope="row">{titleOf(r.lossId)}</th>
              <td>{ms(r.firstMs)}</td>
              <td>{ms(r.warmMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CpuTable({ rows }: { rows: readonly CpuRow[] }) {
  return (
    <table className="gpu-check-table">
      <caption>Float64 reference (CPU)</caption>
      <thead>
        <tr>
          <th scope="col">loss</th>
          <th scope="col">parameters</th>
          <th scope="col">samples</th>
          <th scope="col">batch mean</th>
          <th scope="col">max |derivative|</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.check.lossId}>
            <th scope="row">{titleOf(r.check.lossId)}</th>
            <td>{paramsText(r)}</td>
            <td>{r.batch?.x.length ?? '—'}</td>
            <td>{r.cpu ? r.cpu.mean.toPrecision(8) : `error: ${r.error}`}</td>
            <td>{r.cpu ? r.cpu.derivative.reduce((m, d) => Math.max(m, Math.abs(d)), 0).toPrecision(6) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Diagnostics: the fused WebGL loss kernels against the float64 registry on a fixed batch. */
export default function GpuCheckView() {
  const cpu = useMemo(() => runCpuCheck(), []);
  const [gpu, setGpu] = useState<GpuState>({ kind: 'loading' });

  useEffect(() => {
    const ctrl = new AbortController();
    check(cpu, ctrl.signal).then(
      (done) => done && !ctrl.signal.aborted && setGpu(done),
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        const cause = e instanceof WebglUnavailableError ? 'unavailable' : e instanceof GpuContextLostError ? 'lost' : 'other';
        const detail = e instanceof WebglUnavailableError ? e.detail : e instanceof Error ? e.message : String(e);
        setGpu({ kind: 'failed', cause, detail });
      },
    );
    return () => ctrl.abort();
  }, [cpu]);

  const status =
    gpu.kind === 'loading'
      ? 'Compiling shaders…'
      : gpu.kind === 'done'
        ? `Backend: ${gpu.backendName}`
        : gpu.cause === 'lost'
          ? 'Backend: webgl (context lost)'
          : 'Backend: none (float64 on the CPU)';

  return (
    <section className="gpu-check" aria-labelledby="gpu-check-title">
      <h1 id="gpu-check-title">GPU check</h1>
      <p>
        Each loss runs on one fixed, seeded batch twice: in a fused WebGL shader (float32) and through its float64
        definition. Per-sample values and derivatives must agree to float32 precision.
      </p>
      <p>
        <output className="status">{status}</output>
      </p>
      {gpu.kind === 'failed' && (
        <p role="alert" className="notice">
          {FAILED[gpu.cause]}.{' '}
          <span className="detail">({gpu.detail})</span>
        </p>
      )}
      {gpu.kind === 'done' && <GpuTables gpu={gpu} />}
      <CpuTable rows={cpu} />
      <SurfaceSection />
    </section>
  );
}
