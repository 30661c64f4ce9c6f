/**
 * The contract of the typed-formula core (issue 20): what compileExpression gives the rest of the app. The
 * core parses a person's text with a fixed grammar into a tree of our own node types and evaluates it over
 * that tree (never as JavaScript); every output (values, derivative, TeX, Python, GLSL) is written from it.
 */

/** Where and why a text is not a formula: `at` is the 1-based character position the message points at. */
export interface ExprError {
  readonly message: string;
  readonly at?: number;
}

/** A parsed, checked formula ℓ(x; θ) in one variable and any number of named parameters. */
export interface TypedExpr {
  /** The text as typed (trimmed). */
  readonly text: string;
  /** The variable's name: r, m, z, p or x (AXIS_VARIABLE in own/def.ts). */
  readonly variable: string;
  /** Parameter names (every unknown name), in order of first appearance; q[i] below is params[i]. */
  readonly params: readonly string[];
  /** ℓ(x) in float64; NaN where the formula is not real, ±∞ where it overflows. */
  value(x: number, q: ArrayLike<number>): number;
  /** How `derivative` is computed: symbolically, or (when the symbolic one grew too large) by dual numbers. */
  readonly derivativeKind?: 'symbolic' | 'dual';
  /** dℓ/dx from the symbolic derivative. */
  derivative(x: number, q: ArrayLike<number>): number;
  /**
   * ℓ(x) into out[0] and dℓ/dx into out[1] in one pass over the shared tree (the surface's per-sample loop):
   * the same numbers as value and derivative, each subterm computed once.
   */
  valueAndDerivative(x: number, q: ArrayLike<number>, out: Float64Array): void;
  /** (ℓ, dℓ/dx) by forward-mode automatic differentiation (dual numbers), independent of `derivative`. */
  dual(x: number, q: ArrayLike<number>): readonly [value: number, derivative: number];
  /**
   * Which side of every kink the formula is on at x (abs, sign, min, max, clamp, where, if, comparisons),
   * as one number: two x with different keys lie on different branches, so a chart breaks its line between them.
   */
  branchKey(x: number, q: ArrayLike<number>): number;
  /** ℓ in TeX, parameters as `{{name}}` placeholders (renderTex fills them). */
  readonly tex: string;
  /** dℓ/dx in TeX, placeholders as above; undefined when it is too long to typeset usefully. */
  readonly derivativeTex?: string;
  /** ℓ as a PyTorch expression over a tensor named by `variable` and Python floats named by the parameters. */
  readonly python: string;
  /**
   * GLSL (ES 1.0 and 3.0) defining `vec3 profileGuarded(float <variable>)` = (ℓ, dℓ/dx, ok): ok is 1.0 when
   * float32 met no domain trouble (log or sqrt of a negative, a zero divisor, a negative base to a fractional
   * power, an overflow) and 0.0 otherwise. Parameter `name` is read as `uniform float ${uniform(name)}`.
   */
  glsl(uniform: (name: string) => string): string;
}

export type CompileResult = { readonly ok: true; readonly expr: TypedExpr } | { readonly ok: false; readonly error: ExprError };
