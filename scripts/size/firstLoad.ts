import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The JS and CSS files that a build's index.html loads before any import() (scripts, module preloads, styles). */
export function firstLoadAssets(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
}

/** Bytes of the first load, uncompressed: index.html and firstLoadAssets. */
export function firstLoadBytes(dist: string): number {
  return [join(dist, 'index.html'), ...firstLoadAssets(dist).map((a) => join(dist, a))].reduce((n, f) => n + readFileSync(f).length, 0);
}

/** Files of a build that belong to the bench, not to the app (its calibration pages). */
export function benchFilesIn(files: readonly string[]): string[] {
  return files.filter((f) => /(^|\/)bench\/|calibration\.html$/.test(f));
}
