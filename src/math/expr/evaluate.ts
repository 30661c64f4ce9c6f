/** Runs a tape (tape.ts) in float64: values of every node, and the branch key of the kinks among them. */
import { sigmoid, softplus } from '../numerics';
import { Op, type Tape } from './tape';

/** sign with sign(0) = 0 and sign(NaN) = NaN. */
export const signOf = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : v === 0 ? 0 : NaN);

/** Fills `regs` with the value of every node of `tape` at variable `x` and parameters `q` (q[i] for parameter i). */
export function run(tape: Tape, regs: Float64Array, x: number, q: ArrayLike<number>): void {
  const { op, a, b, c } = tape;
  for (let i = 0; i < tape.length; i++) {
    const ra = a[i]!;
    const rb = b[i]!;
    switch (op[i]) {
      case Op.Const:
        break;
      case Op.Var:
        regs[i] = x;
        break;
      case Op.Param:
        regs[i] = q[ra] ?? NaN;
        break;
      case Op.Neg:
        regs[i] = -regs[ra]!;
        break;
      case Op.Add:
        regs[i] = regs[ra]! + regs[rb]!;
        break;
      case Op.Sub:
        regs[i] = regs[ra]! - regs[rb]!;
        break;
      case Op.Mul:
        regs[i] = regs[ra]! * regs[rb]!;
        break;
      case Op.Div:
        regs[i] = regs[ra]! / regs[rb]!;
        break;
      case Op.Pow:
        regs[i] = Math.pow(regs[ra]!, regs[rb]!);
        break;
      case Op.Abs:
        regs[i] = Math.abs(regs[ra]!);
        break;
      case Op.Exp:
        regs[i] = Math.exp(regs[ra]!);
        break;
      case Op.Log:
        regs[i] = Math.log(regs[ra]!);
        break;
      case Op.Log1p:
        regs[i] = Math.log1p(regs[ra]!);
        break;
      case Op.Expm1:
        regs[i] = Math.expm1(regs[ra]!);
        break;
      case Op.Sqrt:
        regs[i] = Math.sqrt(regs[ra]!);
        break;
      case Op.Sigmoid:
        regs[i] = sigmoid(regs[ra]!);
        break;
      case Op.Softplus:
        regs[i] = softplus(regs[ra]!);
        break;
      case Op.Tanh:
        regs[i] = Math.tanh(regs[ra]!);
        break;
      case Op.Cosh:
        regs[i] = Math.cosh(regs[ra]!);
        break;
      case Op.Sinh:
        regs[i] = Math.sinh(regs[ra]!);
        break;
      case Op.Sign:
        regs[i] = signOf(regs[ra]!);
        break;
      case Op.Relu:
        regs[i] = Math.max(0, regs[ra]!);
        break;
      case Op.Min:
        regs[i] = Math.min(regs[ra]!, regs[rb]!);
        break;
      case Op.Max:
        regs[i] = Math.max(regs[ra]!, regs[rb]!);
        break;
      case Op.Clamp:
        regs[i] = Math.min(Math.max(regs[ra]!, regs[rb]!), regs[c[i]!]!);
        break;
      case Op.Where:
        regs[i] = regs[ra] !== 0 ? regs[rb]! : regs[c[i]!]!;
        break;
      case Op.Lt:
        regs[i] = regs[ra]! < regs[rb]! ? 1 : 0;
        break;
      case Op.Le:
        regs[i] = regs[ra]! <= regs[rb]! ? 1 : 0;
        break;
      case Op.Gt:
        regs[i] = regs[ra]! > regs[rb]! ? 1 : 0;
        break;
      case Op.Ge:
        regs[i] = regs[ra]! >= regs[rb]! ? 1 : 0;
        break;
      case Op.Eq:
        regs[i] = regs[ra] === regs[rb] ? 1 : 0;
        break;
      case Op.Ne:
        regs[i] = regs[ra] !== regs[rb] ? 1 : 0;
        break;
      case Op.And:
        regs[i] = regs[ra] !== 0 && regs[rb] !== 0 ? 1 : 0;
        break;
      case Op.Or:
        regs[i] = regs[ra] !== 0 || regs[rb] !== 0 ? 1 : 0;
        break;
      case Op.Not:
        regs[i] = regs[ra] === 0 ? 1 : 0;
        break;
    }
  }
}

/** -1, 0 or 1 for the order of u and v; 2 when either is NaN. */
const order = (u: number, v: number) => (u < v ? -1 : u > v ? 1 : u === v ? 0 : 2);

/**
 * After run(): one 32-bit number (FNV-1a) from the side of every kink, in tape order — abs, sign and relu the
 * sign of their argument, min and max which argument is larger, clamp below, inside or above, where and the
 * comparisons their truth. Equal keys at two x mean the same branch everywhere.
 */
export function branchKeyOf(tape: Tape, regs: Float64Array): number {
  const { op, a, b, c } = tape;
  let h = 0x811c9dc5;
  for (let i = 0; i < tape.length; i++) {
    let side: number;
    switch (op[i]) {
      case Op.Abs:
      case Op.Sign:
      case Op.Relu:
        side = order(regs[a[i]!]!, 0);
        break;
      case Op.Min:
      case Op.Max:
        side = order(regs[a[i]!]!, regs[b[i]!]!);
        break;
      case Op.Clamp: {
        const u = regs[a[i]!]!;
        side = Math.max(u, regs[b[i]!]!) > regs[c[i]!]! ? 1 : u < regs[b[i]!]! ? -1 : 0;
        break;
      }
      case Op.Where:
      case Op.Lt:
      case Op.Le:
      case Op.Gt:
      case Op.Ge:
      case Op.Eq:
      case Op.Ne:
        side = regs[op[i] === Op.Where ? a[i]! : i]!;
        break;
      default:
        continue;
    }
    h = Math.imul(h ^ (side + 3), 0x01000193);
  }
  return h >>> 0;
}
