import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchFilesIn, firstLoadAssets, firstLoadBytes } from './firstLoad';

describe('first load of a build', () => {
  it('lists the scripts, module preloads and styles of index.html once each, not what arrives by import()', () => {
    const dist = mkdtempSync(join(tmpdir(), 'first-load-'));
    mkdirSync(join(dist, 'assets'));
    const html =
      '<script type="module" src="/assets/a.js"></script><link rel="modulepreload" href="/assets/b.js"><link rel="stylesheet" href="/assets/a.css"><link rel="modulepreload" href="/assets/b.js"><link rel="icon" href="/favicon.svg">';
    writeFileSync(join(dist, 'index.html'), html);
    for (const [f, n] of [['a.js', 10], ['b.js', 20], ['a.css', 5], ['lazy.js', 1000]] as const) writeFileSync(join(dist, 'assets', f), 'x'.repeat(n));
    expect(firstLoadAssets(dist)).toEqual(['assets/a.js', 'assets/b.js', 'assets/a.css']);
    expect(firstLoadBytes(dist)).toBe(html.length + 10 + 20 + 5);
  });

  it('finds bench pages in a build, and not the app chunk that happens to be called bench', () => {
    expect(benchFilesIn(['index.html', 'assets/bench-B2H7LBdc.js', 'bench/calibration.html', 'favicon.svg'])).toEqual(['bench/calibration.html']);
    expect(benchFilesIn(['index.html', 'assets/bench-B2H7LBdc.js', 'calibration.html'])).toEqual(['calibration.html']);
    expect(benchFilesIn(['index.html', 'assets/index-x.js'])).toEqual([]);
  });
});
