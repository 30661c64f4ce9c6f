/**
 * The shape of one loss in the registry. Everything the app shows about a loss
 * (curves, sliders, formulas, framework calls, link codec, conformance) is read
 * from a value of this type, so adding a loss is one file and one registry line.
 */

/** A batch input: a vector [n], a matrix [n][C] or a cube [N][M][d]. */
export type Tensor = readonly number[] | readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[];
export type Inputs = Readonly<Record<string, Tensor>>;
/** d value / d input, one array per differentiable input, shaped like the input. */
export type Grads = Record<string, Tensor>;
/** Parameter values keyed by their PyTorch names; string values are options (e.g. similarity). */
export type Params = Readonly<Record<string, number | string>>;

export type Family =
  | 'regression'
  | 'robust'
  | 'binary'
  | 'multiclass'
  | 'segmentation'
  | 'boxes'
  | 'metric'
  | 'ranking'
  | 'sequence'
  | 'generative'
  | 'regularization';

/** What the x-axis of a 1-D profile means. Profiles with the same axis can share a chart. */
export type Axis =
  | 'residual'
  | 'margin'
  | 'logit'
  | 'probability'
  | 'distance'
  | 'similarity'
  | 'weight'
  | 'overlap'
  | 'offset'
  | 'difference'
  | 'rate'
  | 'latent';

export interface ParamSpec {
  /** The keyword PyTorch (or the defining paper) uses: delta, margin, gamma, … */
  readonly name: string;
  /** TeX symbol, e.g. `\delta`. */
  readonly symbol: string;
  readonly default: number;
  readonly range: readonly [min: number, max: number];
  readonly step: number;
  /** One line: what turning this knob does. */
  readonly meaning: string;
  readonly integer?: boolean;
  /** Slider scale; log sliders need range[0] > 0. */
  readonly scale?: 'linear' | 'log';
}

export interface OptionSpec {
  readonly name: string;
  readonly choices: readonly string[];
  readonly default: string;
  readonly meaning: string;
}

export interface InputSpec {
  readonly name: string;
  /** Shape in words of the batch dims, e.g. `[n]`, `[n][C]`, `[N][M][d]`. */
  readonly shape: string;
  readonly meaning: string;
  readonly differentiable: boolean;
}

/** A one-element batch that reproduces a profile point, and how to read d/dx off its gradient. */
export interface ProfileBatch {
  readonly inputs: Inputs;
  readonly dx: (grads: Grads) => number;
}

/** A 1-D slice of a loss for plotting: the per-sample loss as a function of one scalar. */
export interface Profile {
  readonly axis: Axis;
  /** Axis title in words, e.g. "residual r = ŷ − y". */
  readonly label: string;
  /** TeX of the x variable, e.g. `r`, `y\,f(x)`, `p_t`. */
  readonly xTex: string;
  /**
   * The same variable in plain Unicode text, for places that do not typeset (the readout's header, titles):
   * `\cos\theta_y` → `cos θ_y`, `y\,s` → `y·s`, `s^+` → `s⁺`, `d_{ap}` → `d_ap`. No TeX markup.
   */
  readonly xText: string;
  /** Default plotting window. */
  readonly domain: readonly [min: number, max: number];
  /** Open interval where the loss is defined, when narrower than the real line. */
  readonly defined?: readonly [min: number, max: number];
  /** What is held fixed to make the slice (e.g. "target y = 1"). */
  readonly held?: string;
  value(x: number, params: Params): number;
  derivative(x: number, params: Params): number;
  /** Index into the formula pieces of the branch active at x (piecewise losses). */
  piece?(x: number, params: Params): number;
  /**
   * Which side of every kink x lies on (typed losses): where it differs between neighbouring samples the
   * chart breaks the derivative's line, and the value's where the value jumps.
   */
  branchKey?(x: number, params: Params): number;
  /** Effective per-sample weight where it teaches something (ψ(r)/r, (1−p_t)^γ). */
  weight?: { readonly label: string; readonly tex: string; at(x: number, params: Params): number };
  batch(x: number, params: Params): ProfileBatch;
}

/** One branch of a (possibly piecewise) formula; `when` is empty for a single-piece formula. */
export interface TexPiece {
  readonly tex: string;
  readonly when: string;
}

/**
 * A formula in TeX. `{{name}}` placeholders stand for parameters and are replaced by the
 * symbol or by the current value (see renderTex in tex.ts).
 */
export interface Formula {
  readonly lhs: string;
  readonly pieces: readonly TexPiece[];
}

export interface FrameworkCall {
  /** Code with `{{name}}` placeholders for parameter values. */
  readonly code: string;
  /** Where this framework's convention differs from the definition here. */
  readonly note?: string;
}

export interface FrameworkCalls {
  readonly pytorch?: FrameworkCall;
  readonly keras?: FrameworkCall;
  readonly tfjs?: FrameworkCall;
}

/** Where a loss comes from: the paper that introduced it or the API that defines it. */
export interface Source {
  /** e.g. "Lin et al. 2017, Focal Loss for Dense Object Detection" or "torch.nn.PoissonNLLLoss". */
  readonly label: string;
  /** A stable address: the paper's arXiv or DOI page, or the API's documentation. */
  readonly url?: string;
}

/** A uniform random number in [0, 1). */
export type Rng = () => number;

export interface LossSpec {
  readonly id: string;
  readonly title: string;
  readonly family: Family;
  /** Two or three sentences of our own: what it measures and when to reach for it. */
  readonly description: string;
  /** One line (at most 90 characters): what the loss is for, shown beside its name in the catalog. */
  readonly purpose: string;
  /** One or two sentences of our own: the situation this loss is the right choice for. */
  readonly useWhen: string;
  /** One or two sentences of our own: the way it most often goes wrong in practice. */
  readonly watchOut: string;
  /** The paper or API it comes from. */
  readonly source: Source;
  /** How the batch value reduces over samples, in words. */
  readonly reduction: string;
  readonly inputs: readonly InputSpec[];
  readonly params: readonly ParamSpec[];
  readonly options?: readonly OptionSpec[];
  value(inputs: Inputs, params: Params): number;
  grad(inputs: Inputs, params: Params): Grads;
  readonly profiles: readonly Profile[];
  /** Per-sample loss and its derivative along the first profile's x. */
  readonly tex: { readonly value: Formula; readonly grad: Formula };
  readonly calls: FrameworkCalls;
  /** Random valid inputs (n samples) for property tests and demos. */
  sample(rng: Rng, n: number): Inputs;
}
