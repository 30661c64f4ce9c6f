/**
 * Typed formulas (issue 20) for the GPU-vs-float64 surface check: each is installed as a typed loss and drawn on
 * every preset of its model, as checkCases.ts does for the built-ins, and must agree to the same tolerance.
 */
import { installOwn } from '../../own/install';
import type { OwnDef } from '../../own/def';
import { DATASET_PRESETS, makeDataset } from '../../surface/presets';
import type { Grid, Regularizer, SurfaceRequest } from '../../surface/types';
import type { Params } from '../../types';
import type { SurfaceCase } from './checkCases';

export interface OwnCheckFormula {
  readonly text: string;
  readonly axis: 'residual' | 'margin';
  readonly params: Params;
  /** A window of its own where the preset's would miss what the formula is there to test. */
  readonly window?: Pick<Grid, 'u' | 'v'>;
}

export const OWN_CHECK_FORMULAS: readonly OwnCheckFormula[] = [
  { text: 'abs(r)^q', axis: 'residual', params: { q: 1.5 } },
  { text: 'log(cosh(r))', axis: 'residual', params: {} },
  { text: 'max(0, 1 - m)^2 + 0.1*m^2', axis: 'margin', params: {} },
  { text: 'log(1 + exp(-a*m))', axis: 'margin', params: { a: 2 } },
  // Defined only where every residual is ≥ 0 (the line above every point): the window takes in both sides,
  // so the cells where float32 meets sqrt of a negative are recomputed in float64.
  { text: 'sqrt(r)', axis: 'residual', params: {}, window: { u: [-1, 4], v: [-3, 14] } },
];

const SEED = 7;
const CHECK_GRID_SIZE = 129;
const REGS: readonly Regularizer[] = [
  { kind: 'none' },
  { kind: 'l2', lambda: 0.1, l1Ratio: 0.5 },
  { kind: 'elastic_net', lambda: 0.2, l1Ratio: 0.3 },
];

/** The typed loss's definition as the check installs it (always as own1). */
export const ownCheckDef = (f: OwnCheckFormula): OwnDef => ({ id: 'own1', text: f.text, axis: f.axis, ranges: {} });

/** Installs `f` as own1 (replacing every typed loss) and returns its cases, or the parser's message. */
export function installOwnCase(f: OwnCheckFormula, size = CHECK_GRID_SIZE): SurfaceCase[] | string {
  const [compiled] = installOwn([ownCheckDef(f)]);
  if (!compiled?.ok) return compiled?.error.message ?? 'not compiled';
  const kind = f.axis === 'residual' ? 'regression' : 'binary';
  return DATASET_PRESETS.filter((p) => p.kind === kind).map((preset, i) => {
    const req: SurfaceRequest = {
      dataset: makeDataset(preset.id, SEED)!,
      lossId: 'own1',
      params: f.params,
      grid: { ...preset.grid, ...f.window, size },
      reg: REGS[i % REGS.length]!,
    };
    return { presetId: preset.id, req };
  });
}
