/**
 * npm run size — the JS and CSS that dist/index.html loads before any import(), gzipped; then the
 * embeddable element's code (element-size.ts).
 * Fails (exit 1) over the budget, when tfjs is found in the first load, or when the build holds
 * a bench page (the bench serves its calibration pages itself).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkElementSize } from './element-size';
import { benchFilesIn, firstLoadAssets } from './size/firstLoad';

const BUDGET_KB = 190;
const dist = new URL('../dist/', import.meta.url).pathname;
const indexFile = join(dist, 'index.html');
if (!existsSync(indexFile)) {
  console.error('size: dist/index.html is missing; run `npm run build` first');
  process.exit(2);
}
let total = 0;
let failed = false;
const benchFiles = benchFilesIn(readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/')));
if (benchFiles.length) {
  console.error(`size: the build holds bench files (${benchFiles.join(', ')}); they belong in scripts/bench/`);
  failed = true;
}
for (const a of firstLoadAssets(dist)) {
  const buf = readFileSync(join(dist, a));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  console.log(`  ${a.padEnd(48)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB  ${(gz / 1024).toFixed(1).padStart(6)} KB gz`);
  if (/MathBackendWebGL|registerKernel|WEBGL_FORCE_F16_TEXTURES|WEBGL_VERSION/.test(buf.toString('utf8'))) {
    console.error(`size: ${a} contains tfjs code; it must only arrive through import()`);
    failed = true;
  }
}
console.log(`first load: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total / 1024 > BUDGET_KB) {
  console.error(`size: first load is over the ${BUDGET_KB} KB budget`);
  failed = true;
}
// The embeddable element (dist/embed/) has a budget of its own.
if (!checkElementSize(dist)) failed = true;
process.exit(failed ? 1 : 0);
