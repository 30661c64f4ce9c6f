/** The registry spec (LossSpec) of a typed loss: drawn, typeset and called like a built-in. */
import { pythonName } from '../expr/python';
import { paramSymbol } from '../expr/tex';
import type { TypedExpr } from '../expr/types';
import { gradOverScores, meanOverScores, scoreAtLabelOne, SCORE_INPUTS } from '../losses/hinge';
import { gradOverResiduals, meanOverResiduals, RESIDUAL_INPUTS, residualBatch, sampleResiduals } from '../losses/residual';
import { mean } from '../numerics';
import { normals, uniform } from '../random';
import { texText } from '../tex';
import { num, vec } from '../tensor';
import type { Axis, Family, Inputs, LossSpec, Params, ParamSpec, Profile, ProfileBatch, Rng } from '../types';
import { OWN_AXES } from './axes';
import { axisVariable, OWN_PARAM_DEFAULT, OWN_PARAM_RANGE, type OwnDef } from './def';

/** The longest stretch of the formula a title or a purpose line quotes. */
const TITLE_TEXT = 32;

const ellipsis = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A step near a hundredth of the range, rounded to 1, 2 or 5 times a power of ten. */
function niceStep([lo, hi]: readonly [number, number]): number {
  const raw = (hi - lo) / 100;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

function paramSpecs(def: OwnDef, expr: TypedExpr): ParamSpec[] {
  return expr.params.map((name) => {
    const range = def.ranges[name] ?? OWN_PARAM_RANGE;
    return {
      name,
      symbol: paramSymbol(name),
      default: Math.min(range[1], Math.max(range[0], OWN_PARAM_DEFAULT)),
      range,
      step: niceStep(range),
      meaning: 'a parameter of your formula',
    };
  });
}

/** The parameter values in the formula's order, read once per params object (a curve reads it 1001 times). */
function paramReader(expr: TypedExpr): (p: Params) => number[] {
  let last: Params | undefined;
  let q: number[] = [];
  return (p) => {
    if (p !== last) {
      q = expr.params.map((n) => num(p, n));
      last = p;
    }
    return q;
  };
}

/** How the batch reaches the formula's variable on each kind of axis. */
interface AxisPlumbing {
  readonly inputs: LossSpec['inputs'];
  value(inputs: Inputs, f: (x: number) => number): number;
  grad(inputs: Inputs, d: (x: number) => number): ReturnType<LossSpec['grad']>;
  batch(x: number): ProfileBatch;
  sample(rng: Rng, n: number): Inputs;
  /** PyTorch lines that make the variable from the inputs. */
  readonly pythonSetup: string;
}

function plumbing(axis: Axis, variable: string): AxisPlumbing {
  if (axis === 'residual') {
    return {
      inputs: RESIDUAL_INPUTS,
      value: meanOverResiduals,
      grad: gradOverResiduals,
      batch: residualBatch,
      sample: sampleResiduals,
      pythonSetup: `${variable} = pred - target`,
    };
  }
  if (axis === 'margin') {
    return {
      inputs: SCORE_INPUTS,
      value: (inputs, f) => meanOverScores(inputs, (s, y) => f(y * s)),
      grad: (inputs, d) => gradOverScores(inputs, (s, y) => y * d(y * s)),
      batch: scoreAtLabelOne,
      sample: (rng, n) => ({ score: normals(rng, n, 2), target: normals(rng, n).map((v) => (v < 0 ? -1 : 1)) }),
      pythonSetup: `${variable} = target * score  # labels ±1`,
    };
  }
  const [lo, hi] = OWN_AXES[axis].domain;
  return {
    inputs: [{ name: variable, shape: '[n]', meaning: `the variable ${variable} of your formula, one per sample`, differentiable: true }],
    value: (inputs, f) => mean(vec(inputs, variable).map(f)),
    grad: (inputs, d) => {
      const x = vec(inputs, variable);
      return { [variable]: x.map((xi) => d(xi) / x.length) };
    },
    batch: (x) => ({ inputs: { [variable]: [x] }, dx: (g) => (g[variable] as number[])[0]! }),
    sample: (rng, n) => ({ [variable]: Array.from({ length: n }, () => uniform(rng, lo + 0.05 * (hi - lo), hi - 0.05 * (hi - lo))) }),
    pythonSetup: `# ${variable}: a tensor of the values of ${variable}, one per sample`,
  };
}

/** The family a typed loss is filed under: that of the axis's usual losses (the catalog lists typed ones apart). */
const FAMILY_OF: Readonly<Record<Axis, Family>> = {
  residual: 'regression',
  margin: 'binary',
  logit: 'binary',
  probability: 'binary',
  distance: 'metric',
  similarity: 'metric',
  weight: 'regularization',
  overlap: 'segmentation',
  offset: 'boxes',
  difference: 'ranking',
  rate: 'regression',
  latent: 'generative',
};

/** A typed loss as a registry entry: id def.id, its parameters as sliders, one profile over def.axis. */
export function ownLossSpec(def: OwnDef, expr: TypedExpr): LossSpec {
  const v = axisVariable(def.axis);
  const n = def.id.slice(-1);
  const q = paramReader(expr);
  const f = (x: number, p: Params) => expr.value(x, q(p));
  const d = (x: number, p: Params) => expr.derivative(x, q(p));
  const io = plumbing(def.axis, v);
  const axis = OWN_AXES[def.axis];
  const profile: Profile = {
    axis: def.axis,
    label: axis.label,
    xTex: v,
    xText: v,
    domain: axis.domain,
    held: axis.held,
    value: f,
    derivative: d,
    branchKey: (x, p) => expr.branchKey(x, q(p)),
    weight: def.axis === 'residual' ? { label: 'weight ψ(r)/r', tex: '\\psi(r)/r', at: (x, p) => d(x, p) / x } : undefined,
    batch: io.batch,
  };
  // Parameters under their Python names (lambda → lambda_), and the modules the expression uses.
  const assignments = expr.params.map((name) => `${pythonName(name)} = {{${name}}}\n`).join('');
  const imports = `${/\bmath\./.test(expr.python) ? 'import math\n' : ''}import torch\n`;
  return {
    id: def.id,
    title: `Your loss ${n}: ℓ(${v}) = ${ellipsis(expr.text, TITLE_TEXT)}`,
    family: FAMILY_OF[def.axis],
    description: `The formula you typed, ℓ(${v}) = ${ellipsis(expr.text, 200)}, over the ${def.axis}. Its derivative is taken symbolically from the formula, and the batch value is the mean over samples.`,
    purpose: ellipsis(`Typed by you: ${expr.text}`, 90),
    useWhen: 'You want to see a loss of your own beside the standard ones: its shape, its gradient and the weight it gives each sample.',
    watchOut: 'Nothing checks that it makes a sensible loss: it may be negative, unbounded below, or undefined for some values (the editor says where).',
    source: { label: 'Typed by you' },
    reduction: 'mean over samples',
    inputs: io.inputs,
    params: paramSpecs(def, expr),
    value: (inputs, p) => io.value(inputs, (x) => f(x, p)),
    grad: (inputs, p) => io.grad(inputs, (x) => d(x, p)),
    profiles: [profile],
    tex: {
      value: { lhs: `\\ell(${v})`, pieces: [{ tex: expr.tex, when: '' }] },
      grad: {
        lhs: `\\frac{\\partial \\ell}{\\partial ${v}}`,
        pieces: [{ tex: expr.derivativeTex ?? texText('too long to typeset'), when: '' }],
      },
    },
    calls: {
      pytorch: {
        code: `${imports}${assignments}${io.pythonSetup}\nloss = (${expr.python}).mean()`,
        note: 'Written from your formula. Keras and TF.js calls are not written for typed losses.',
      },
    },
    sample: io.sample,
  };
}
