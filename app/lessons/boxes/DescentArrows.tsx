import type { Box } from '../../../src/math/lessons/boxes';
import type { BoxGeometry } from './BoxCanvas';

/** Arrow length in plane units per unit of gradient, and the longest arrow drawn, in pixels. */
const GAIN = 5;
const MAX_PX = 80;

interface DescentArrowsProps {
  readonly pred: Box;
  /** ∂ℓ/∂(x1, y1, x2, y2); the arrows point along −∂ℓ, the way a gradient step moves each edge. */
  readonly grad: readonly number[];
  readonly g: BoxGeometry;
}

/** One arrow from the middle of each edge of the predicted box, along that edge's descent direction. */
export function DescentArrows({ pred, grad, g }: DescentArrowsProps) {
  const cx = (pred[0] + pred[2]) / 2;
  const cy = (pred[1] + pred[3]) / 2;
  return (
    <g className="boxes-arrows">
      {grad.map((d, k) => {
        const len = Math.max(-MAX_PX, Math.min(MAX_PX, -d * GAIN * g.unit));
        if (Math.abs(len) < 1) return null;
        const horizontal = k % 2 === 0;
        const x0 = g.x(horizontal ? pred[k]! : cx);
        const y0 = g.y(horizontal ? cy : pred[k]!);
        const [x1, y1] = horizontal ? [x0 + len, y0] : [x0, y0 + len];
        // the head: a triangle 8 px long at the tip, pointing along the arrow
        const s = Math.sign(len);
        const head = horizontal
          ? `${x1},${y1} ${x1 - 8 * s},${y1 - 5} ${x1 - 8 * s},${y1 + 5}`
          : `${x1},${y1} ${x1 - 5},${y1 - 8 * s} ${x1 + 5},${y1 - 8 * s}`;
        return (
          <g key={k}>
            <line x1={x0} y1={y0} x2={x1} y2={y1} />
            <polygon points={head} />
          </g>
        );
      })}
    </g>
  );
}
