/**
 * The part of the canvas path interface that d3-shape lines, contours and arrows draw with. A
 * CanvasRenderingContext2D is one; SvgPathData is another.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** `v` rounded to 0.1 and written without a float-to-string conversion (integers print fast). */
function tenth(v: number): string {
  const t = Math.round(v * 10);
  const a = t < 0 ? -t : t;
  const whole = (t < 0 ? '-' : '') + Math.floor(a / 10);
  const f = a % 10;
  return f === 0 ? whole : `${whole}.${f}`;
}

/**
 * SVG path data of whatever is traced into it, coordinates rounded to 0.1 px. It does what d3-path's
 * `digits(1)` does, about twice as fast, which matters with a dozen 1000-point curves redrawn on every
 * slider step.
 */
export class SvgPathData implements PathSink {
  private d = '';
  moveTo(x: number, y: number) {
    this.d += `M${tenth(x)},${tenth(y)}`;
  }
  lineTo(x: number, y: number) {
    this.d += `L${tenth(x)},${tenth(y)}`;
  }
  closePath() {
    this.d += 'Z';
  }
  toString() {
    return this.d;
  }
}
