/**
 * The embeddable element's size: dist/embed/loss-atlas.js and the chunks it imports statically (what a
 * page with a `<loss-atlas-curves>` without `formula` runs), gzipped at level 9. Fails over the budget,
 * or when that code holds tfjs or KaTeX (both may only arrive through import()). Run by `npm run size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticClosure } from './size/staticImports';

const BUDGET_KB = 110;
const TFJS = /MathBackendWebGL|registerKernel|WEBGL_FORCE_F16_TEXTURES|WEBGL_VERSION/;
// Strings of KaTeX's own code (its parser and its error type), not of our TeX templates.
const KATEX = /KaTeX parse error|ParseError/;

/** Prints the element's chunks and total; returns false when something is wrong. */
export function checkElementSize(dist: string): boolean {
  const dir = join(dist, 'embed');
  if (!existsSync(join(dir, 'loss-atlas.js'))) {
    console.error('size: dist/embed/loss-atlas.js is missing; `npm run build` builds it');
    return false;
  }
  let ok = true;
  let total = 0;
  for (const f of staticClosure(dir, 'loss-atlas.js')) {
    const buf = readFileSync(join(dir, f));
    const gz = gzipSync(buf, { level: 9 }).length;
    total += gz;
    console.log(`  embed/${f.padEnd(42)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB  ${(gz / 1024).toFixed(1).padStart(6)} KB gz`);
    const text = buf.toString('utf8');
    if (TFJS.test(text) || KATEX.test(text)) {
      console.error(`size: embed/${f} contains tfjs or KaTeX code; they must only arrive through import()`);
      ok = false;
    }
  }
  console.log(`element <loss-atlas-curves>: ${(total / 1024).toFixed(1)} KB gzip, React included (budget ${BUDGET_KB} KB)`);
  if (total / 1024 > BUDGET_KB) {
    console.error(`size: the element is over the ${BUDGET_KB} KB budget`);
    ok = false;
  }
  return ok;
}

