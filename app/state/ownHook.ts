import { settleWithin } from '../settleWithin';
import type { TypedExpr } from '../../src/math/expr/types';
import type { OwnDef } from '../../src/math/own/def';
import type { OwnCompiled } from '../../src/math/own/install';

/**
 * The typed-formula engine, reached through a lazily loaded chunk (ownChunk.ts): the store and the link
 * call it once it is in, so that nothing on the first load imports the parser. Type imports only here.
 */
export interface OwnEngine {
  /** One typed loss compiled (not registered). */
  compileOwn(def: OwnDef): OwnCompiled;
  /** Registers the typed losses that compile, replacing all earlier ones; every result, in order. */
  installOwn(defs: readonly OwnDef[]): OwnCompiled[];
  /** Where the formula is undefined over a window, in words ("undefined for r < 0"). */
  undefinedParts(expr: TypedExpr, q: ArrayLike<number>, window: readonly [number, number]): string[];
  /** How the derivative was found, and how it compares with automatic differentiation over a window, in words. */
  derivativeCheckText(expr: TypedExpr, q: ArrayLike<number>, window: readonly [number, number]): string;
}

/** What the page says when the formula chunk cannot be fetched or is too slow. */
export const OWN_FAILED = 'The formula parser could not be loaded (its code did not arrive); typed losses are not available. Reload the page to try again.';
export const OWN_SLOW = 'The formula parser is taking long to load; the page opened without the typed losses of this link.';

/** How long a page waits for the formula chunk before it goes on without it. */
export const OWN_WAIT_MS = 20_000;

export class OwnTimeout extends Error {
  override name = 'OwnTimeout';
}

// The engine once its chunk is in: set once, never replaced (a loaded module, like the loss registry).
let engine: OwnEngine | undefined;

/** The engine if its chunk has loaded. */
export function ownEngine(): OwnEngine | undefined {
  return engine;
}

/** Sets the engine (the chunk on load; tests directly). */
export function setOwnEngine(e: OwnEngine | undefined): void {
  engine = e;
}

/** `p`, or a rejection with OwnTimeout after `ms` (a stalled request must not hold a page or a panel loading forever). */
export function within<T>(p: Promise<T>, ms = OWN_WAIT_MS): Promise<T> {
  return settleWithin(p, ms, () => new OwnTimeout(`no formula parser after ${ms} ms`));
}

/** Loads the chunk, or rejects with OwnTimeout after `ms`; a load that finishes later still sets the engine. */
export function loadOwnWithin(ms = OWN_WAIT_MS, load: () => Promise<OwnEngine> = importEngine): Promise<OwnEngine> {
  if (engine) return Promise.resolve(engine);
  return within(
    load().then((e) => (engine ??= e)),
    ms,
  );
}

function importEngine(): Promise<OwnEngine> {
  return import('./ownChunk').then((m) => m.OWN_ENGINE);
}

/** The notice for a failed or timed-out load. */
export const ownNotice = (e: unknown): string => (e instanceof OwnTimeout ? OWN_SLOW : OWN_FAILED);
