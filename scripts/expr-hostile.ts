/**
 * npx tsx scripts/expr-hostile.ts — how long the typed-formula core takes on hostile input: for each input,
 * compile it and (when it compiles) evaluate value, symbolic derivative, dual numbers and branch key at 1001
 * points. Prints the first (cold) run and the median and slowest of the next runs, in milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { compileExpression } from '../src/math/expr/compile';

const nest = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);
const join = (n: number, term: string, op: string) => Array.from({ length: n }, () => term).join(op);

const INPUTS: readonly [name: string, text: string][] = [
  ['10,000 nested (', nest('(', 'x', ')', 10_000)],
  ['100 KB formula', 'x+'.repeat(51_200)],
  ['exp(exp(exp(x)))', 'exp(exp(exp(x)))'],
  ['0/0', '0/0'],
  ['65 nested ( (refused)', nest('(', 'x', ')', 65)],
  ['64 nested (', nest('(', 'x', ')', 64)],
  ['40 nested sigmoid', nest('sigmoid(', 'x', ')', 40)],
  ['64-high power tower x^x^…', join(64, 'x', '^')],
  ['250-term sum', join(250, 'x', '+')],
  ['166-factor product', join(166, 'x', '*')],
  ['product of 55 logs', join(55, 'log(x)', '*')],
  ['24 nested max', nest('max(x, ', 'x', ')', 24)],
  ['20-deep if chain', `${join(20, 'if x < 1 then x else', ' ')} x`],
  ['8 parameters, 60 terms', join(60, 'a*x+b*x^c-d/f+g*h-k', '+').slice(0, 500).replace(/[+*^/-]$/, '')],
];

const XS = Array.from({ length: 1001 }, (_, i) => -5 + i / 100);

function once(text: string): { ms: number; result: string } {
  const t0 = performance.now();
  const r = compileExpression(text, 'x');
  let result: string;
  if (r.ok) {
    const q = r.expr.params.map(() => 1.5);
    let finite = 0;
    for (const x of XS) {
      const v = r.expr.value(x, q);
      const d = r.expr.derivative(x, q);
      r.expr.dual(x, q);
      r.expr.branchKey(x, q);
      if (Number.isFinite(v) && Number.isFinite(d)) finite++;
    }
    result = `compiles; ${finite}/1001 points finite`;
  } else {
    result = r.error.message;
  }
  return { ms: performance.now() - t0, result };
}

const RUNS = 15;
console.log('input'.padEnd(30), 'cold ms'.padStart(8), 'median'.padStart(8), 'max'.padStart(8), '  result');
for (const [name, text] of INPUTS) {
  const cold = once(text);
  const warm = Array.from({ length: RUNS }, () => once(text).ms).toSorted((a, b) => a - b);
  const fmt = (v: number) => v.toFixed(2).padStart(8);
  console.log(name.padEnd(30), fmt(cold.ms), fmt(warm[RUNS >> 1]!), fmt(warm[RUNS - 1]!), ` ${cold.result.slice(0, 70)}`);
}
