import type { SeriesKind, SeriesParams } from '../../../src/math/lessons/polynomials';
import { fmt } from '../../state/link';

/** Short names of the three losses, for bars, table headings and readout labels. */
export const SHORT: Readonly<Record<SeriesKind, string>> = { ce: 'CE', focal: 'focal', poly1: 'Poly-1' };

/** A loss's name with its parameter, for curve legends and chart titles. */
export function kindName(kind: SeriesKind, p: SeriesParams): string {
  if (kind === 'focal') return `focal loss (γ = ${fmt(p.gamma)})`;
  if (kind === 'poly1') return `Poly-1 (ε = ${fmt(p.epsilon)})`;
  return 'cross-entropy';
}
