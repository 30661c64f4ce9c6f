/**
 * npm run conformance -- [file]
 * Checks every case of a loss-reference/1 file against the registry. Exit 0 when all pass,
 * 1 when some fail, 2 with a one-line message when the file cannot be used.
 */
import { readFileSync } from 'node:fs';
import { checkCase, parseReference, ReferenceFormatError, type CaseResult } from '../src/math/conformance';

const file = process.argv[2] ?? new URL('../reference/losses.json', import.meta.url).pathname;

function fail(msg: string): never {
  console.error(`conformance: ${msg}`);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
let doc: unknown;
try {
  doc = JSON.parse(text);
} catch (e) {
  fail(`${file} is not valid JSON: ${(e as Error).message}`);
}
let cases;
try {
  cases = parseReference(doc);
} catch (e) {
  if (e instanceof ReferenceFormatError) fail(`${file}: ${e.message}`);
  throw e;
}

const results: CaseResult[] = cases.map(checkCase);
const fmt = (x: number) => x.toExponential(3);
for (const r of results.filter((x) => !x.pass)) {
  const w = r.worst;
  const detail = r.error ?? `${w.where}: got ${w.got}, want ${w.want}, |diff| ${fmt(w.diff)}`;
  console.log(`FAIL ${r.id}  ${detail}`);
}

const byLoss = new Map<string, CaseResult[]>();
for (const r of results) byLoss.set(r.loss, [...(byLoss.get(r.loss) ?? []), r]);
console.log('\nper loss (passed/total, worst |diff|):');
for (const [loss, rs] of byLoss) {
  const ok = rs.filter((r) => r.pass).length;
  const worst = Math.max(...rs.map((r) => r.worst.diff));
  console.log(`  ${loss.padEnd(18)} ${ok}/${rs.length}  ${fmt(worst)}`);
}
const passed = results.filter((r) => r.pass).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
