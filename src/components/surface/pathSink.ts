/**
 * The part of the canvas path interface that contours and arrows draw with. A CanvasRenderingContext2D is
 * one; SvgPathData is another, writing SVG path data (0.1 px) for tests and exports.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** SVG path data of whatever is traced into it, coordinates rounded to 0.1 px. */
export class SvgPathData implements PathSink {
  private d = '';
  moveTo(x: number, y: number) {
    this.d += `M${r1(x)},${r1(y)}`;
  }
  lineTo(x: number, y: number) {
    this.d += `L${r1(x)},${r1(y)}`;
  }
  closePath() {
    this.d += 'Z';
  }
  toString() {
    return this.d;
  }
}
