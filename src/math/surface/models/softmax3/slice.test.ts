import { describe, expect, it } from 'vitest';
import { getLoss } from '../../../losses';
import type { Params } from '../../../types';
import { objectiveAt } from '../../objective';
import { makeDataset } from '../../presets';
import { softmaxObjective, softmaxSlice, trainSoftmax } from './slice';
import type { Dataset, Slice, SurfaceRequest } from '../../types';

const blobs = makeDataset('soft-blobs', 2)!;
const choice = softmaxSlice(blobs, 5);

/** Logit rows of every sample at W = origin + u·d1 + v·d2. */
function logits(ds: Dataset, s: Slice, u: number, v: number): number[][] {
  const W = s.origin.map((o, k) => o + u * s.d1[k]! + v * s.d2[k]!);
  return Array.from({ length: ds.n }, (_, i) =>
    [0, 1, 2].map((k) => W[3 * k]! * ds.x[2 * i]! + W[3 * k + 1]! * ds.x[2 * i + 1]! + W[3 * k + 2]!),
  );
}

describe('softmax3 slice', () => {
  it('centres on a trained classifier that beats W = 0 and classifies the separable blobs', () => {
    const { value } = softmaxObjective(blobs, choice.slice.origin, 0);
    expect(value).toBeLessThan(0.2 * Math.log(3));
    const rows = logits(blobs, choice.slice, 0, 0);
    const right = rows.filter((z, i) => z.indexOf(Math.max(...z)) === blobs.y[i]).length;
    expect(right).toBe(blobs.n);
  });

  it('has a gradient that matches central differences (the trainer’s objective)', () => {
    const W = Float64Array.from(trainSoftmax(blobs, 20));
    const { grad } = softmaxObjective(blobs, W, 0.01);
    for (let k = 0; k < 9; k++) {
      const h = 1e-6;
      const up = Float64Array.from(W);
      const dn = Float64Array.from(W);
      up[k]! += h;
      dn[k]! -= h;
      const fd = (softmaxObjective(blobs, up, 0.01).value - softmaxObjective(blobs, dn, 0.01).value) / (2 * h);
      expect(grad[k]).toBeCloseTo(fd, 7);
    }
  });

  it('uses filter-normalized directions on the weights only, reproducibly from the seed', () => {
    const { origin, d1, d2 } = choice.slice;
    for (const d of [d1, d2]) {
      for (let k = 0; k < 3; k++) {
        expect(d[3 * k + 2]).toBe(0);
        expect(Math.hypot(d[3 * k]!, d[3 * k + 1]!)).toBeCloseTo(Math.hypot(origin[3 * k]!, origin[3 * k + 1]!), 12);
      }
    }
    expect(Array.from(softmaxSlice(blobs, 5).slice.d1)).toEqual(Array.from(d1));
    expect(Array.from(softmaxSlice(blobs, 6).slice.d1)).not.toEqual(Array.from(d1));
    expect(choice.d1).toMatch(/random direction/);
    expect(choice.grid).toEqual({ u: [-1, 1], v: [-1, 1], size: 128 });
  });

  it.each(['softmax_ce', 'multiclass_hinge'])('%s on the slice is the registry batch loss of the logits there', (lossId) => {
    const spec = getLoss(lossId)!;
    const params: Params = lossId === 'softmax_ce' ? { label_smoothing: 0.05 } : { margin: 1, p: 1 };
    const req: SurfaceRequest = { dataset: blobs, lossId, params, grid: choice.grid, reg: { kind: 'none' }, slice: choice.slice };
    for (const [u, v] of [[0, 0], [0.4, -0.7], [-0.9, 0.2]] as const) {
      const inputs = { [spec.inputs[0]!.name]: logits(blobs, choice.slice, u, v), target: Array.from(blobs.y) };
      expect(objectiveAt(req, u, v).value).toBeCloseTo(spec.value(inputs, params), 12);
    }
  });

  it('refuses data that is not 3-class', () => {
    expect(() => softmaxSlice(makeDataset('bin-overlap', 1)!)).toThrow(/3-class/);
  });
});
