import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', file], { encoding: 'utf8' });
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const huberCase = { id: 'h/1', loss: 'huber', params: { delta: 1 }, inputs: { pred: [3], target: [0] }, value: 2.5, grad: { pred: [1] } };

describe('npm run conformance', () => {
  it('exits 2 with one line for a missing file, bad JSON, a wrong format or an unknown loss', () => {
    const bad = [
      join(dir, 'missing.json'),
      write('bad.json', '{ not json'),
      write('format.json', JSON.stringify({ format: 'other', cases: [] })),
      write('unknown.json', JSON.stringify({ format: 'loss-reference/1', cases: [{ ...huberCase, loss: 'nope' }] })),
      write('shape.json', JSON.stringify({ format: 'loss-reference/1', cases: [{ ...huberCase, inputs: { pred: 'x' } }] })),
    ];
    for (const f of bad) {
      const r = run(f);
      expect({ f, status: r.status }).toEqual({ f, status: 2 });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^conformance: /);
    }
  });

  it('passes a correct case and fails a wrong one with the worst difference', () => {
    const ok = run(write('ok.json', JSON.stringify({ format: 'loss-reference/1', cases: [huberCase] })));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^1 passed, 0 failed$/m);
    const wrong = { ...huberCase, id: 'h/2', value: 2.6 };
    const r = run(write('wrong.json', JSON.stringify({ format: 'loss-reference/1', cases: [huberCase, wrong] })));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL h\/2 .*value: got 2\.5, want 2\.6/);
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
  });
});
