import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** The relative modules a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not by import(). */
export function staticImportsOf(code: string): string[] {
  const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  return [...new Set(found.filter((s) => s.startsWith('./') || s.startsWith('../')))];
}

/** `entry` (a path under `dir`) and every chunk it reaches through static imports, as paths under `dir`. */
export function staticClosure(dir: string, entry: string): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    seen.push(file);
    for (const s of staticImportsOf(readFileSync(join(dir, file), 'utf8'))) visit(normalize(join(dirname(file), s)).replaceAll('\\', '/'));
  };
  visit(entry);
  return seen;
}
