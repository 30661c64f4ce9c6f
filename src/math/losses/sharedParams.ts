import type { LossSpec, ParamSpec } from '../types';
import { getLoss } from './index';

/** Two parameters with one name are the same quantity only when their slider specs agree. */
function sameQuantity(a: ParamSpec, b: ParamSpec): boolean {
  return (
    a.range[0] === b.range[0] &&
    a.range[1] === b.range[1] &&
    a.step === b.step &&
    (a.scale ?? 'linear') === (b.scale ?? 'linear') &&
    Boolean(a.integer) === Boolean(b.integer)
  );
}

/**
 * Names that several of these losses use for different quantities (arcface's angular `m` and sphereface's
 * integer `m`; focal's class weight `alpha` and Barron's shape `alpha`). Such a name is never linked: each
 * loss keeps its own slider and its own `name.lossId` link key.
 */
export function conflictingParams(specs: readonly Pick<LossSpec, 'params'>[]): string[] {
  const first = new Map<string, ParamSpec>();
  const out = new Set<string>();
  for (const spec of specs) {
    for (const p of spec.params) {
      const seen = first.get(p.name);
      if (!seen) first.set(p.name, p);
      else if (!sameQuantity(seen, p)) out.add(p.name);
    }
  }
  return [...out];
}

/** `unlinked` plus the names these losses cannot share, each once. */
export function withConflicts(ids: readonly string[], unlinked: readonly string[]): string[] {
  const specs = ids.map(getLoss).filter((s): s is LossSpec => s !== undefined);
  return [...new Set([...unlinked, ...conflictingParams(specs)])];
}
