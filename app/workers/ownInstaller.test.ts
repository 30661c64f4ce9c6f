import { describe, expect, it, vi } from 'vitest';
import type { OwnDef } from '../../src/math/own/def';
import { createOwnInstaller } from './ownInstaller';

const def = (text: string): OwnDef => ({ id: 'own1', text, axis: 'residual', ranges: {} });

describe('the worker installs typed losses', () => {
  it('once per set of formulas, again when a formula changes, never for a job without any', async () => {
    const installed: string[][] = [];
    let loads = 0;
    const withOwn = createOwnInstaller(async () => {
      loads++;
      return (defs) => installed.push(defs.map((d) => d.text));
    });
    const none = () => 'done';
    expect(await withOwn(undefined, none)).toBe('done');
    expect(loads).toBe(0);
    await withOwn([def('abs(r)^q')], none);
    await withOwn([def('abs(r)^q')], none);
    await withOwn([{ ...def('abs(r)^q'), ranges: { q: [0, 3] } }], none);
    expect(await withOwn([def('sqrt(r)')], none)).toBe('done');
    expect(installed).toEqual([['abs(r)^q'], ['sqrt(r)']]);
    expect(loads).toBe(1);
  });

  it('two jobs in flight each find their own formulas installed when they resume', async () => {
    const seen: string[] = [];
    let current = '';
    const withOwn = createOwnInstaller(async () => (defs) => (current = defs[0]!.text));
    const job = (text: string) => withOwn([def(text)], () => seen.push(`${text} → ${current}`));
    await Promise.all([job('r^2'), job('abs(r)'), job('r^2')]);
    expect(seen).toEqual(['r^2 → r^2', 'abs(r) → abs(r)', 'r^2 → r^2']);
  });

  it('a chunk that fails to load rejects that job and is asked for again by the next', async () => {
    let tries = 0;
    const withOwn = createOwnInstaller(async () => {
      if (++tries === 1) throw new Error('chunk failed');
      return () => undefined;
    });
    await expect(withOwn([def('r^2')], () => 'computed')).rejects.toThrow('chunk failed');
    await expect(withOwn([def('r^2')], () => 'computed')).resolves.toBe('computed');
    expect(tries).toBe(2);
  });

  it('a parser chunk that never arrives fails its job after the limit, and the next job tries again', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const withOwn = createOwnInstaller(() => (++calls === 1 ? new Promise<never>(() => {}) : Promise.resolve(() => undefined)), 1000);
      let settled = false;
      const first = withOwn([def('abs(r)^q')], () => 'done').catch((e: unknown) => {
        settled = true;
        return e instanceof Error ? e.message : String(e);
      });
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await first).toBe('the formula parser did not load in the worker within 1 s');
      expect(await withOwn([def('abs(r)^q')], () => 'done')).toBe('done');
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
