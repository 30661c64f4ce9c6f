import { describe, expect, it } from 'vitest';
import { controlShown, readDisplay, sameDisplay, withDisplay } from './display';
import { explorerCodec } from './urlCodec';

describe('readDisplay', () => {
  it('reads the three modes', () => {
    expect(readDisplay('?loss=huber').display).toEqual({ mode: 'app' });
    expect(readDisplay('?present=1').display).toEqual({ mode: 'present' });
    expect(readDisplay('?embed=1&controls=delta,margin').display).toEqual({ mode: 'embed', controls: ['delta', 'margin'] });
  });

  it('drops bad values with a notice', () => {
    const r = readDisplay('?present=yes&embed=1&controls=delta,__proto__,Delta,delta,margin.hinge');
    expect(r.display).toEqual({ mode: 'embed', controls: ['delta', 'margin.hinge'] });
    expect(r.notices.join(' ')).toMatch(/present = “yes” is not 1 or 0/);
    expect(r.notices.join(' ')).toMatch(/“__proto__”, “Delta” are not control names/);
  });

  it('leaves the link version to the view codec', () => {
    expect(readDisplay('?v=7&present=1').notices).toEqual([]);
  });

  it('prefers the embed when a link asks for both', () => {
    const r = readDisplay('?present=1&embed=1');
    expect(r.display.mode).toBe('embed');
    expect(r.notices).toHaveLength(1);
  });

  it('reads an empty controls list as "no controls"', () => {
    expect(readDisplay('?embed=1&controls=').display).toEqual({ mode: 'embed', controls: [] });
  });
});

describe('withDisplay', () => {
  it('round-trips through readDisplay', () => {
    for (const d of [{ mode: 'app' }, { mode: 'present' }, { mode: 'embed', controls: ['delta'] }, { mode: 'embed', controls: [] }] as const) {
      const back = readDisplay(withDisplay('?v=2&loss=huber', d));
      expect(back.notices).toEqual([]);
      expect(sameDisplay(back.display, d)).toBe(true);
    }
  });

  it('leaves the rest of the link to the view: an unknown version is said once, by the view’s codec', () => {
    expect(readDisplay('?v=7&embed=1&loss=huber').notices).toEqual([]);
    expect(readDisplay('?v=7&embed=1&embed=0').notices).toEqual(['“embed” appears 2 times; the first is used.']);
  });

  it('is not a stray key for a view codec', () => {
    const { notices } = explorerCodec.decode(withDisplay('?v=2&loss=huber', { mode: 'embed', controls: ['delta'] }));
    expect(notices).toEqual([]);
  });
});

describe('controlShown', () => {
  it('shows everything outside an embed and only the named controls inside', () => {
    expect(controlShown({ mode: 'present' }, 'delta')).toBe(true);
    expect(controlShown({ mode: 'embed', controls: ['delta'] }, 'delta')).toBe(true);
    expect(controlShown({ mode: 'embed', controls: ['delta'] }, 'margin')).toBe(false);
    expect(controlShown({ mode: 'embed' }, 'delta', true)).toBe(true);
    expect(controlShown({ mode: 'embed' }, 'loss')).toBe(false);
  });
});
