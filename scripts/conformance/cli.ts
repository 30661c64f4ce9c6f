/**
 * The conformance CLI's logic, apart from the process it runs in: read a loss-reference/1 file,
 * check every case against the registry, write the report, and return the exit code
 * (0 all pass, 1 some fail, 2 with a one-line message when the file cannot be used).
 */
import { readFileSync } from 'node:fs';
import { registerAll } from '../../src/math/losses/all';
import { checkCase, parseReference, ReferenceFormatError, type CaseResult } from '../../src/math/conformance';

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

class UnusableFile extends Error {}

function load(file: string, only?: readonly string[]) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UnusableFile(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UnusableFile(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseReference(only ? keepLosses(doc, only) : doc);
  } catch (e) {
    if (e instanceof ReferenceFormatError) throw new UnusableFile(`${file}: ${e.message}`);
    throw e;
  }
}

/** The document with only the cases of the losses in `only` (anything unreadable is left for parseReference). */
function keepLosses(doc: unknown, only: readonly string[]): unknown {
  const d = doc as { cases?: unknown };
  if (typeof doc !== 'object' || doc === null || !Array.isArray(d.cases)) return doc;
  const keep = new Set(only);
  return { ...doc, cases: d.cases.filter((c: unknown) => keep.has((c as { loss?: string } | null)?.loss ?? '')) };
}

registerAll();

export function runConformance(file: string, { out, err }: CliOutput, only?: readonly string[]): 0 | 1 | 2 {
  let cases;
  try {
    cases = load(file, only);
  } catch (e) {
    if (!(e instanceof UnusableFile)) throw e;
    err(`conformance: ${e.message}`);
    return 2;
  }

  const results: CaseResult[] = cases.map(checkCase);
  const fmt = (x: number) => x.toExponential(3);
  for (const r of results.filter((x) => !x.pass)) {
    const w = r.worst;
    const detail = r.error ?? `${w.where}: got ${w.got}, want ${w.want}, |diff| ${fmt(w.diff)}`;
    out(`FAIL ${r.id}  ${detail}`);
  }

  const byLoss = new Map<string, CaseResult[]>();
  for (const r of results) byLoss.set(r.loss, [...(byLoss.get(r.loss) ?? []), r]);
  out('\nper loss (passed/total, worst |diff|):');
  for (const [loss, rs] of byLoss) {
    const ok = rs.filter((r) => r.pass).length;
    const worst = Math.max(...rs.map((r) => r.worst.diff));
    out(`  ${loss.padEnd(18)} ${ok}/${rs.length}  ${fmt(worst)}`);
  }
  const worstOf = (key: 'value' | 'grad') => {
    let best: { id: string; r: number } | undefined;
    for (const x of results) {
      const r = x.relative?.[key];
      if (r !== undefined && (!best || r > best.r)) best = { id: x.id, r };
    }
    return best ? `${fmt(best.r)} (${best.id})` : 'none';
  };
  out(`\nworst relative error: value ${worstOf('value')}, gradient ${worstOf('grad')} (normwise per array)`);
  const passed = results.filter((r) => r.pass).length;
  out(`\n${passed} passed, ${results.length - passed} failed`);
  return passed === results.length ? 0 : 1;
}
