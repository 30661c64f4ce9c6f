/**
 * Typed formulas written by hand against the TypedExpr contract, for tests of what consumes a compiled formula
 * (the surface entries, the programs) without the parser: each mirrors the formula its text names.
 */
import type { TypedExpr } from '../expr/types';
import { getLoss, setOwnLosses } from '../losses/registry';
import type { LossSpec } from '../types';
import type { OwnDef } from './def';
import { ownSurfaceLosses, setOwnSurfaceLosses } from './surface';

interface Hand {
  readonly text: string;
  readonly variable: string;
  readonly params?: readonly string[];
  readonly value: (x: number, q: ArrayLike<number>) => number;
  readonly derivative: (x: number, q: ArrayLike<number>) => number;
  /** GLSL body after `vec3 profileGuarded(float <variable>) {`, reading parameter i through `p(i)`. */
  readonly glslBody?: (p: (i: number) => string) => string;
  /** Defaults: one branch everywhere, the text as TeX and Python, no derivative TeX. */
  readonly branchKey?: (x: number) => number;
  readonly tex?: string;
  readonly derivativeTex?: string;
  readonly python?: string;
}

export function handExpr(h: Hand): TypedExpr {
  const params = h.params ?? [];
  return {
    text: h.text,
    variable: h.variable,
    params,
    value: h.value,
    derivative: h.derivative,
    dual: (x, q) => [h.value(x, q), h.derivative(x, q)],
    valueAndDerivative: (x, q, out) => {
      out[0] = h.value(x, q);
      out[1] = h.derivative(x, q);
    },
    branchKey: h.branchKey ?? (() => 0),
    tex: h.tex ?? h.text,
    ...(h.derivativeTex === undefined ? {} : { derivativeTex: h.derivativeTex }),
    python: h.python ?? h.text,
    glsl: (uniform) =>
      `vec3 profileGuarded(float ${h.variable}) {${h.glslBody ? h.glslBody((i) => uniform(params[i]!)) : ' return vec3(0.0, 0.0, 1.0);'}\n}`,
  };
}

/** A minimal registry spec for a typed loss (the surface reads its title and parameter defaults). */
function handSpec(def: OwnDef, expr: TypedExpr): LossSpec {
  const base = getLoss('mse')!;
  const params = expr.params.map((name) => ({ name, symbol: name, default: 1, range: [0, 5] as const, step: 0.01, meaning: name }));
  return { ...base, id: def.id, title: `Your loss ${def.id}`, params };
}

/** Registers hand-written typed losses as installOwn would: registry specs and surface entries. */
export function installHand(list: readonly { def: OwnDef; expr: TypedExpr }[]): void {
  setOwnLosses(list.map(({ def, expr }) => handSpec(def, expr)));
  setOwnSurfaceLosses(list.flatMap(({ def, expr }) => ownSurfaceLosses(def, expr)));
}
