/**
 * Forward-mode automatic differentiation over a formula's tape: every register carries a value and its
 * derivative in the variable. It shares no code with derive.ts, so the two check each other; at kinks it
 * follows the same rules (documented in derive.ts).
 */
import { sigmoid } from '../numerics';
import { run, signOf } from './evaluate';
import { Op, type Tape } from './tape';

/** (ℓ, dℓ/dx) at x with parameters q; `val` and `dot` are scratch registers of the tape's length. */
export function dualAt(tape: Tape, val: Float64Array, dot: Float64Array, x: number, q: ArrayLike<number>): [number, number] {
  run(tape, val, x, q);
  const { op, a, b, c, constArgs, varying } = tape;
  for (let i = 0; i < tape.length; i++) {
    if (varying[i] === 0) {
      dot[i] = 0;
      continue;
    }
    const ra = a[i]!;
    const rb = b[i]!;
    const u = val[ra]!;
    const du = dot[ra]!;
    const ca = (constArgs[i]! & 1) !== 0;
    const cb = (constArgs[i]! & 2) !== 0;
    switch (op[i]) {
      case Op.Var:
        dot[i] = 1;
        break;
      case Op.Neg:
        dot[i] = -du;
        break;
      case Op.Add:
        dot[i] = du + dot[rb]!;
        break;
      case Op.Sub:
        dot[i] = du - dot[rb]!;
        break;
      case Op.Mul:
        dot[i] = (ca ? 0 : du * val[rb]!) + (cb ? 0 : u * dot[rb]!);
        break;
      case Op.Div: {
        const v = val[rb]!;
        dot[i] = cb ? du / v : (du * v - u * dot[rb]!) / Math.pow(v, 2);
        break;
      }
      case Op.Pow: {
        const v = val[rb]!;
        if (cb) dot[i] = ca ? 0 : v * Math.pow(u, v - 1) * du;
        else dot[i] = val[i]! * (dot[rb]! * Math.log(u) + (ca ? 0 : (v * du) / u));
        break;
      }
      case Op.Abs:
        dot[i] = signOf(u) * du;
        break;
      case Op.Exp:
        dot[i] = val[i]! * du;
        break;
      case Op.Log:
        dot[i] = du / u;
        break;
      case Op.Log1p:
        dot[i] = du / (1 + u);
        break;
      case Op.Expm1:
        dot[i] = Math.exp(u) * du;
        break;
      case Op.Sqrt:
        dot[i] = du / (2 * val[i]!);
        break;
      case Op.Sigmoid:
        dot[i] = val[i]! * (1 - val[i]!) * du;
        break;
      case Op.Softplus:
        dot[i] = sigmoid(u) * du;
        break;
      case Op.Tanh:
        dot[i] = (1 - Math.pow(val[i]!, 2)) * du;
        break;
      case Op.Cosh:
        dot[i] = Math.sinh(u) * du;
        break;
      case Op.Sinh:
        dot[i] = Math.cosh(u) * du;
        break;
      case Op.Relu:
        dot[i] = u >= 0 ? du : 0;
        break;
      case Op.Max:
      case Op.Min: {
        const v = val[rb]!;
        const first = op[i] === Op.Max ? u > v : u < v;
        const second = op[i] === Op.Max ? u < v : u > v;
        dot[i] = first ? du : second ? dot[rb]! : ca && !cb ? dot[rb]! : du;
        break;
      }
      case Op.Clamp: {
        const lo = val[rb]!;
        const rc = c[i]!;
        dot[i] = Math.max(u, lo) > val[rc]! ? dot[rc]! : u < lo ? dot[rb]! : du;
        break;
      }
      case Op.Where:
        dot[i] = u !== 0 ? dot[rb]! : dot[c[i]!]!;
        break;
      default:
        // constants, parameters, sign, comparisons and logic: flat in the variable
        dot[i] = 0;
    }
  }
  const out = tape.out[0]!;
  return [val[out]!, dot[out]!];
}
