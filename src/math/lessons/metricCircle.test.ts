import { describe, expect, it } from 'vitest';
import { arcface } from '../losses/arcface';
import { infonceAt } from '../losses/infonce';
import { arcfaceRow, cosineAt, infonceBatch, moveAngle, wrapDeg } from './metricCircle';

const rad = (d: number) => (d * Math.PI) / 180;

describe('metric lesson, circle', () => {
  it('cosine similarity of two angles; angles wrap into (−180, 180]', () => {
    expect(cosineAt(30, -30)).toBeCloseTo(0.5, 15);
    expect(wrapDeg(190)).toBe(-170);
    expect(wrapDeg(-180)).toBe(180);
    expect(moveAngle(178, 'ArrowUp', false)).toBe(-177);
    expect(moveAngle(0, 'ArrowLeft', true)).toBe(-15);
    expect(moveAngle(0, 'Home', false)).toBeUndefined();
  });

  it('InfoNCE equals −log of the positive’s softmax share, written out', () => {
    const negs = [70, 140, -100];
    const tau = 0.5;
    const b = infonceBatch(0, 30, negs, tau);
    const e = (d: number) => Math.exp(Math.cos(rad(d)) / tau);
    const expected = -Math.log(e(30) / (e(30) + negs.reduce((s, n) => s + e(n), 0)));
    expect(b.loss).toBeCloseTo(expected, 12);
    expect(b.pPos).toBeCloseTo(e(30) / (e(30) + negs.reduce((s, n) => s + e(n), 0)), 12);
    expect(b.hardest).toBe(0);
  });

  it('with all negatives equally similar it is the registry’s one-similarity form', () => {
    const b = infonceBatch(10, 40, [100, -80, 100], 0.3);
    expect(b.loss).toBeCloseTo(infonceAt(Math.cos(rad(30)), Math.cos(rad(90)), 3, 0.3), 12);
  });

  it('the negatives’ weights sum to 1 and gather on the hardest as τ falls', () => {
    const negs = [70, 140, -100, 95];
    let prev = 0;
    for (const tau of [2, 1, 0.5, 0.2, 0.1, 0.05, 0.02]) {
      const b = infonceBatch(0, 30, negs, tau);
      expect(b.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 14);
      const wh = b.weights[b.hardest]!;
      expect(wh).toBeGreaterThan(prev);
      prev = wh;
    }
    expect(prev).toBeGreaterThan(0.99);
  });

  it('more negatives make the loss larger; equal similarities give log(1 + k)', () => {
    const few = infonceBatch(0, 30, [90, 150], 0.5);
    const more = infonceBatch(0, 30, [90, 150, -120], 0.5);
    expect(more.loss).toBeGreaterThan(few.loss);
    const same = infonceBatch(0, 40, [40, -40, 40], 1);
    expect(same.loss).toBeCloseTo(same.chance, 14);
    expect(same.chance).toBeCloseTo(Math.log(4), 15);
  });

  it('ArcFace row equals the registry’s ArcFace on the same unit vectors', () => {
    const at = (d: number) => [Math.cos(rad(d)), Math.sin(rad(d))];
    for (const [s, m] of [[10, 0.5], [30, 0.2], [4, 0]] as const) {
      const r = arcfaceRow(20, 50, [-60, 170], s, m);
      const reg = arcface.value({ x: [at(20)], W: [at(50), at(-60), at(170)], y: [0] }, { s, m });
      expect(r.loss).toBeCloseTo(reg, 12);
      expect(r.thetaDeg).toBeCloseTo(30, 12);
      expect(r.trueLogit).toBeCloseTo(s * Math.cos(rad(30) + m), 12);
    }
  });

  it('the angular margin raises the loss while θ + m stays below π, and m = 0 is the plain scaled softmax', () => {
    const r = arcfaceRow(20, 50, [-60, 170], 10, 0.5);
    expect(r.loss).toBeGreaterThan(r.lossNoMargin);
    expect(arcfaceRow(20, 50, [-60, 170], 10, 0).loss).toBeCloseTo(r.lossNoMargin, 14);
  });
});
