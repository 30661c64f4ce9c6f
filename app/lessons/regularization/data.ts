import { correlatedRegression, fitPenalized, logGrid, type Penalty, type PenaltyKind } from '../../../src/math/lessons/regularization';
import type { RegState } from './state';

/** The lesson's regression: 40 samples of 6 standardized features in correlated pairs (seed 7). */
export const DATA = correlatedRegression(7);
export const FEATURES = DATA.names;

/** λ grid of the path chart, log-spaced over the λ slider's useful range. */
export const PATH_LAMBDAS = logGrid(1e-3, 10, 121);

export const PENALTY_NAME: Readonly<Record<PenaltyKind, string>> = { l1: 'L1', l2: 'L2', elastic_net: 'elastic net' };

export const penaltyOf = (kind: PenaltyKind, s: Pick<RegState, 'lambda' | 'l1_ratio'>): Penalty => ({ kind, lambda: s.lambda, l1Ratio: s.l1_ratio });

/** The least-squares weights (λ → 0): the bars' fixed y-range comes from them. */
const ols = fitPenalized(DATA, { kind: 'l2', lambda: 0, l1Ratio: 0 });
const top = Math.max(...ols.map(Math.abs));
export const WEIGHT_DOMAIN: readonly [number, number] = [Math.min(0, ...ols) - 0.1 * top, Math.max(0, ...ols) + 0.1 * top];
