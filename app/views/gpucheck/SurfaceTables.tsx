import { getLoss } from '../../../src/math/losses';
import type { FieldAgreement } from '../../../src/math/gpu/surface/agreement';
import type { SurfaceTiming } from '../../../src/math/gpu/surface/bench';
import type { ContextStep, MemorySnapshot, SurfaceCheckRow } from '../../../src/math/gpu/surface/diagnostics';

const sci = (x: number) => (x === 0 ? '0' : Number.isFinite(x) ? x.toExponential(2) : String(x));
const rel = (f: FieldAgreement) => sci(f.relative);

/** Surface agreement: one row per preset × loss, max |Δ| of each field over its float64 range. */
export function AgreementTable({ rows }: { rows: readonly SurfaceCheckRow[] }) {
  return (
    <table className="gpu-check-table">
      <caption>Surface GPU vs float64</caption>
      <thead>
        <tr>
          {['dataset', 'loss', 'parameters', 'regularizer', 'grid', 'cells compared', 'value Δ/range', '∂u Δ/range', '∂v Δ/range', 'kink ties', 'agrees'].map((h) => (
            <th scope="col" key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, k) => (
          <tr key={k}>
            <th scope="row">{r.presetId}</th>
            <td>{r.title ?? getLoss(r.lossId)?.title ?? r.lossId}</td>
            <td>{r.params}</td>
            <td>{r.reg}</td>
            <td>{r.size}²</td>
            <td>{r.agreement?.defined ?? '—'}</td>
            <td>{r.agreement ? rel(r.agreement.value) : '—'}</td>
            <td>{r.agreement ? rel(r.agreement.du) : '—'}</td>
            <td>{r.agreement ? rel(r.agreement.dv) : '—'}</td>
            <td>{r.agreement?.kinkCells ?? '—'}</td>
            <td>{r.agreement ? (r.agreement.agrees ? 'yes' : `no (${r.agreement.nanMismatch} NaN mismatches)`) : `no: ${r.error}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** tf.memory() before and after the repeated surface evaluations. */
export function MemoryTable({ before, after, calls }: { before: MemorySnapshot; after: MemorySnapshot; calls: number }) {
  const rows: [string, keyof MemorySnapshot][] = [
    ['tensors', 'numTensors'],
    ['tensor bytes', 'numBytes'],
    ['GPU bytes allocated', 'numBytesInGPUAllocated'],
  ];
  return (
    <table className="gpu-check-table">
      <caption>Surface memory</caption>
      <thead>
        <tr>
          <th scope="col">tf.memory()</th>
          <th scope="col">before</th>
          <th scope="col">after {calls} surfaces</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, key]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{before[key]}</td>
            <td>{after[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ContextTable({ steps }: { steps: readonly ContextStep[] }) {
  return (
    <table className="gpu-check-table">
      <caption>Context loss</caption>
      <thead>
        <tr>
          <th scope="col">step</th>
          <th scope="col">outcome</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.step}>
            <th scope="row">{s.step}</th>
            <td>{s.outcome}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Medians of the three paths at each (G, N), their ratios and their errors against float64. */
export function TimingTable({ rows }: { rows: readonly SurfaceTiming[] }) {
  const ms = (x: number) => x.toFixed(1);
  return (
    <table className="gpu-check-table">
      <caption>Surface timings (ms)</caption>
      <thead>
        <tr>
          {['G, N', 'fused first call', 'fused WebGL', 'float64 CPU', 'stock tfjs ops', 'CPU / fused', 'stock / fused', 'fused Δ/range', 'stock Δ/range'].map((h) => (
            <th scope="col" key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.g},${r.n}`}>
            <th scope="row">{`${r.g}, ${r.n}`}</th>
            <td>{ms(r.fusedFirstMs)}</td>
            <td>{ms(r.fusedMs)}</td>
            <td>{ms(r.cpuMs)}</td>
            <td>{ms(r.stockMs)}</td>
            <td>{(r.cpuMs / r.fusedMs).toFixed(2)}</td>
            <td>{(r.stockMs / r.fusedMs).toFixed(2)}</td>
            <td>{sci(r.fusedError)}</td>
            <td>{sci(r.stockError)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
