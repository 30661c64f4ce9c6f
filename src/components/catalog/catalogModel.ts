import type { Axis, Family, LossSpec } from '../../math/types';
import { FAMILY_TITLES } from '../../math/losses';
import { AXIS_NAMES, AXIS_PLURALS } from './axisNames';

/** The axes a loss can be drawn over, each once, in profile order. */
export function axesOf(spec: LossSpec): Axis[] {
  return [...new Set(spec.profiles.map((p) => p.axis))];
}

export function hasAxis(spec: LossSpec, axis: Axis): boolean {
  return spec.profiles.some((p) => p.axis === axis);
}

/** True when every word of `query` appears in the loss's title, purpose, id or family (case-insensitive). */
export function matchesFilter(spec: LossSpec, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = `${spec.title} ${spec.purpose} ${spec.id} ${spec.id.replace(/_/g, ' ')} ${FAMILY_TITLES[spec.family]}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export interface FamilyGroup {
  readonly family: Family;
  readonly losses: readonly LossSpec[];
}

/** Losses grouped by family: families in `order`, losses in their given order; empty families left out. */
export function groupByFamily(losses: readonly LossSpec[], order: readonly Family[]): FamilyGroup[] {
  return order
    .map((family) => ({ family, losses: losses.filter((l) => l.family === family) }))
    .filter((g) => g.losses.length > 0);
}

/** What a family's heading says of it: "9 losses", "9 losses, 2 drawn". */
export function familyCount(losses: number, drawn: number): string {
  const n = `${losses} ${losses === 1 ? 'loss' : 'losses'}`;
  return drawn > 0 ? `${n}, ${drawn} drawn` : n;
}

/** "Triplet margin has no curve over the residual: its loss is a function of distances." */
export function mismatchSentence(spec: LossSpec, axis: Axis): string {
  const of = axesOf(spec).map((a) => AXIS_PLURALS[a]);
  const list = of.length > 1 ? `${of.slice(0, -1).join(', ')} or ${of[of.length - 1]}` : of[0];
  return `${spec.title} has no curve over the ${AXIS_NAMES[axis]}: its loss is a function of ${list}.`;
}

/** The badge for a loss drawn over other axes: "over distance", "over logit / probability". */
export function axisBadge(spec: LossSpec): string {
  return `over ${axesOf(spec).map((a) => AXIS_NAMES[a]).join(' / ')}`;
}

/**
 * What ticking a loss's box should do: toggle it when it can be drawn over the current axis
 * (or is selected and is being removed), otherwise explain why it cannot be added.
 */
export function choiceFor(spec: LossSpec, axis: Axis, selected: readonly string[]): 'toggle' | 'explain' {
  return hasAxis(spec, axis) || selected.includes(spec.id) ? 'toggle' : 'explain';
}
