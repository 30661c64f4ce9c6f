import { useBadge } from './badgeStore';

/** Which backend computed the surface shown, and how long the last frame took. */
export function BackendBadge() {
  const status = useBadge((b) => b.status);
  const last = useBadge((b) => b.last);
  const frames = useBadge((b) => b.frames);
  const backend = last?.backend ?? (status.backend === 'starting' ? undefined : status.backend);
  const label = backend === 'webgl' ? 'WebGL' : backend === 'cpu' ? 'CPU (float64)' : 'starting…';
  const reason = backend === 'cpu' ? (last?.reason ?? status.reason) : undefined;
  // The worker's failure, unless the frame's reason already tells it (its surface was computed inline).
  const worker = status.worker && !reason?.includes(status.worker) ? status.worker : undefined;
  return (
    <output className={`backend-badge backend-${backend ?? 'starting'}`} aria-label="Surface backend" data-frames={frames}>
      <strong>{label}</strong>
      {last && <span> · {last.ms.toFixed(1)} ms for {last.size}×{last.size}</span>}
      {reason && <span className="backend-reason"> · {reason}</span>}
      {last?.note && <span className="backend-reason"> · {last.note}</span>}
      {worker && <span className="backend-reason"> · {worker}</span>}
    </output>
  );
}
