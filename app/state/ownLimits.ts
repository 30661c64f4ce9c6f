import type { OwnId } from '../../src/math/own/def';

/**
 * The limits of typed losses the first load needs (the link and the store), as plain numbers: the first load
 * may not import src/math/own. ownLimits.test.ts holds them equal to src/math/own/def.ts.
 */
export const OWN_LIMITS = {
  ids: ['own1', 'own2', 'own3'] as readonly OwnId[],
  maxLength: 500,
} as const;

/** A new parameter's slider range until the person edits it (def.ts's OWN_PARAM_RANGE). */
export const OWN_PARAM_RANGE_COPY: readonly [number, number] = [0, 5];

export const sameRange = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] === b[0] && a[1] === b[1];

/** Whether `id` names a typed loss (own1…own3), registered or not. */
export const isOwnId = (id: string): id is OwnId => (OWN_LIMITS.ids as readonly string[]).includes(id);

/**
 * Link keys a typed loss's parameter may not be called, since `name=value` would collide with them: the
 * keys every view's link reads and the explorer's and surface view's own.
 */
export const RESERVED_PARAM_NAMES: readonly string[] = [
  'v', 'view', 'present', 'embed', 'controls', 'loss', 'axis', 'x', 'at', 'panels', 'preset', 'apart',
  'model', 'data', 'pts', 'seed', 'reg', 'lambda', 'l1_ratio', 'max_norm', 'method', 'lr', 'steps', 'momentum',
  'start', 'w', 'edited', 'opt', 'n', 'color', 'own1', 'own2', 'own3',
];

/** The message for a formula whose parameter takes a link key's name, or undefined when none does. */
export function reservedClash(params: readonly string[]): string | undefined {
  const taken = params.find((p) => RESERVED_PARAM_NAMES.includes(p));
  return taken === undefined ? undefined : `the name \`${taken}\` is taken by the link; call that parameter something else`;
}
