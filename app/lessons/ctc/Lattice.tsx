import { interpolateViridis } from 'd3-scale-chromatic';
import { successors } from '../../../src/math/ctcLattice';
import { CLASS_NAMES, type CtcPicture } from '../../../src/math/lessons/ctc';

/** The posterior heat scale, shared with the legend: 0 dark, 1 bright. */
export const heat = (v: number) => interpolateViridis(Math.min(1, Math.max(0, v)));

const LABEL_W = 34;
const HEAD_H = 22;

/** Cell side in px for `frames` columns in `width` px. */
export function cellSide(width: number, frames: number): number {
  return Math.max(26, Math.min(52, Math.floor((width - LABEL_W - 4) / frames)));
}

export interface LatticeProps {
  readonly picture: CtcPicture;
  readonly width: number;
  /** Colour the live nodes by their posterior γ (otherwise a plain fill). */
  readonly heatmap: boolean;
  /** Draw the most likely path. */
  readonly path: boolean;
  /** Draw every allowed move between live nodes. */
  readonly moves: boolean;
}

/**
 * The alignment lattice: one column per frame, one row per extended label (ε, y₁, ε, y₂, …, ε). Nodes that no
 * complete alignment visits are left pale; the path is drawn white on a dark halo so it reads over any colour.
 */
export function Lattice({ picture, width, heatmap, path, moves }: LatticeProps) {
  const { ext } = picture.lattice;
  const frames = picture.gamma.length;
  const c = cellSide(width, frames);
  const x = (t: number) => LABEL_W + t * c + c / 2;
  const y = (s: number) => HEAD_H + s * c + c / 2;
  const points = picture.path.nodes.map((s, t) => `${x(t)},${y(s)}`).join(' ');
  const summary =
    `Alignment lattice: ${ext.length} rows (${ext.map((k) => CLASS_NAMES[k]).join(' ')}) by ${frames} frames` +
    (heatmap ? ', shaded by the posterior of each node' : '') +
    (path ? `; most likely path ${picture.path.symbols.map((k) => CLASS_NAMES[k]).join(' ')}` : '') +
    '.';
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- an inline SVG figure has no <img> form; role img names it
    <svg role="img" aria-label={summary}
      className="ctc-lattice"
      width={LABEL_W + frames * c + 4}
      height={HEAD_H + ext.length * c + 4}
      viewBox={`0 0 ${LABEL_W + frames * c + 4} ${HEAD_H + ext.length * c + 4}`}
    >
      <g className="ctc-frame-labels">
        {picture.gamma.map((_, t) => (
          <text key={t} x={x(t)} y={HEAD_H - 7} textAnchor="middle">
            {t + 1}
          </text>
        ))}
      </g>
      <g className="ctc-row-labels">
        {ext.map((k, s) => (
          <text key={s} x={LABEL_W - 8} y={y(s)} dy="0.35em" textAnchor="end" data-row={s}>
            {CLASS_NAMES[k]}
          </text>
        ))}
      </g>
      <g className="ctc-cells">
        {picture.gamma.map((col, t) =>
          col.map((g, s) => (
            <rect
              key={`${t}-${s}`}
              x={LABEL_W + t * c + 1}
              y={HEAD_H + s * c + 1}
              width={c - 2}
              height={c - 2}
              rx={3}
              className={picture.live[t]![s] ? (heatmap ? undefined : 'ctc-live') : 'ctc-dead'}
              fill={picture.live[t]![s] && heatmap ? heat(g) : undefined}
            />
          )),
        )}
      </g>
      {moves && (
        <g className="ctc-moves">
          {picture.gamma.slice(0, -1).flatMap((_col, t) =>
            ext.flatMap((_k, s) =>
              picture.live[t]![s]
                ? successors(ext, s)
                    .filter((n) => picture.live[t + 1]![n])
                    .map((n) => (
                      <line key={`${t}-${s}-${n}`} className={n - s === 2 ? 'ctc-skip' : undefined} x1={x(t)} y1={y(s)} x2={x(t + 1)} y2={y(n)} />
                    ))
                : [],
            ),
          )}
        </g>
      )}
      {path && (
        <g className="ctc-path">
          <polyline className="ctc-path-halo" points={points} />
          <polyline className="ctc-path-line" points={points} data-nodes={picture.path.nodes.join(',')} />
          {picture.path.nodes.map((s, t) => (
            <circle key={t} cx={x(t)} cy={y(s)} r={Math.max(4, c / 8)} />
          ))}
        </g>
      )}
    </svg>
  );
}
