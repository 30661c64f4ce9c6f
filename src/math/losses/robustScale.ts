import { LossInputError, num } from '../tensor';
import type { ParamSpec, Params } from '../types';

/** The robust scale c, shared by name by tukey and welsch (one range, so linking them is meaningful). */
export function robustScale(defaultC: number, meaning: string): ParamSpec {
  return { name: 'c', symbol: 'c', default: defaultC, range: [0.1, 10], step: 0.005, meaning };
}

/** c from the params, refusing c ≤ 0. */
export function scaleOf(p: Params): number {
  const c = num(p, 'c');
  if (!(c > 0)) throw new LossInputError('parameter "c" must be > 0');
  return c;
}
