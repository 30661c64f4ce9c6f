import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from './conformance/cli';

const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
/** The CLI's logic in this process: no child process, so nothing here waits on the machine's load. */
const run = (file: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const status = runConformance(file, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
};
/** The real command, as `npm run conformance` starts it; exits when it is done, however busy the machine. */
const spawnCli = (file: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
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
      expect(r.stdout).toBe('');
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

  it('reports the worst relative error of the value and of the gradient, and which case has it', () => {
    // huber δ = 1 at r = 3: value 2.5, gradient 1. Each case below is off by a known relative amount.
    const offValue = { ...huberCase, id: 'h/value', value: 2.5 * (1 + 4e-10) };
    const offGrad = { ...huberCase, id: 'h/grad', grad: { pred: [1 + 3e-10] } };
    const r = run(write('relative.json', JSON.stringify({ format: 'loss-reference/1', cases: [huberCase, offValue, offGrad] })));
    const m = /^worst relative error: value (\S+) \((\S+)\), gradient (\S+) \((\S+)\)/m.exec(r.stdout)!;
    expect(Number(m[1])).toBeCloseTo(4e-10, 14);
    expect(m[2]).toBe('h/value');
    expect(Number(m[3])).toBeCloseTo(3e-10, 14);
    expect(m[4]).toBe('h/grad');
  });

  // One spawn checks the wiring: the exit code reaches the shell and the message goes to stderr.
  // Starting tsx takes seconds on a loaded machine; the limit only guards against a hang.
  it(
    'as a command, exits 1 on a failing case and 2 with one line on stderr for an unusable file',
    async () => {
      const wrong = { ...huberCase, value: 2.6 };
      const failing = await spawnCli(write('cli-wrong.json', JSON.stringify({ format: 'loss-reference/1', cases: [wrong] })));
      expect(failing.status).toBe(1);
      expect(failing.stdout).toMatch(/^0 passed, 1 failed$/m);
      const missing = await spawnCli(join(dir, 'cli-missing.json'));
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^conformance: cannot read .*cli-missing\.json: ENOENT$/)]);
    },
    120_000,
  );
});
