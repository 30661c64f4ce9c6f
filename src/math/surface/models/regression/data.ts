/** The regression model's data: a noisy line, optionally with outliers. */
import { normal, uniform } from '../../../random';
import type { Rng } from '../../../types';
import { datasetOf } from '../../datasets';
import type { Dataset } from '../../types';

/** Regression y = 1.5·x + 0.5 + σ·noise for x uniform in [−3, 3]; a share of points pushed up by 6–9. */
export function line(rng: Rng, n: number, sigma: number, outlierShare: number): Dataset {
  const x: number[] = [];
  const y: number[] = [];
  const outliers = Math.round(outlierShare * n);
  for (let i = 0; i < n; i++) {
    const xi = uniform(rng, -3, 3);
    x.push(xi);
    y.push(1.5 * xi + 0.5 + sigma * normal(rng) + (i < outliers ? uniform(rng, 6, 9) : 0));
  }
  return datasetOf('regression', 1, x, y);
}
