import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { FAKE_ENGINE } from './ownFakeEngine';
import { setOwnEngine } from './ownHook';
import { useApp } from './store';

const own = () => useApp.getState().own;
const explorer = () => useApp.getState().explorer;

describe('the typed losses slice', () => {
  beforeEach(() => {
    setOwnEngine(FAKE_ENGINE);
    useApp.setState(useApp.getInitialState(), true);
  });
  afterEach(() => {
    own().load([]);
    setOwnEngine(undefined);
  });

  it('adds a typed loss under the first free id and registers its spec', () => {
    expect(own().add('residual', 'abs(r)^q')).toBe('own1');
    expect(own().add('residual', 'a*r^2')).toBe('own2');
    expect(own().defs.map((d) => d.id)).toEqual(['own1', 'own2']);
    expect(getLoss('own1')?.params.map((p) => p.name)).toEqual(['q']);
    expect(own().compiled.own2?.expr.params).toEqual(['a']);
  });

  it('holds at most three, and none without the parser', () => {
    for (let i = 0; i < 3; i++) expect(own().add('residual', 'a*r^2')).toBeDefined();
    expect(own().add('residual', 'a*r^2')).toBeUndefined();
    useApp.setState(useApp.getInitialState(), true);
    setOwnEngine(undefined);
    expect(useApp.getState().own.add('residual', 'a*r^2')).toBeUndefined();
  });

  it('keeps the last good formula while a bad one is tried, with the parser’s message', () => {
    own().add('residual', 'abs(r)^q');
    const before = getLoss('own1');
    expect(own().setText('own1', 'log(r')).toBe(false);
    expect(own().faults.own1).toEqual({ text: 'log(r', error: { message: 'missing )', at: 6 } });
    expect(own().defs[0]?.text).toBe('abs(r)^q');
    expect(getLoss('own1')).toBe(before);
    expect(own().setText('own1', 'a*r^2')).toBe(true);
    expect(own().faults.own1).toBeUndefined();
    expect(getLoss('own1')?.params.map((p) => p.name)).toEqual(['a']);
  });

  it('refuses a text longer than the limit, and a parameter named like a link key', () => {
    own().add('residual', 'abs(r)^q');
    expect(own().setText('own1', 'r+'.repeat(300))).toBe(false);
    expect(own().faults.own1?.error.message).toMatch(/600 characters long; at most 500/);
    expect(own().setText('own1', 'abs(r)^x')).toBe(false);
    expect(own().faults.own1?.error.message).toMatch(/`x` is taken/);
  });

  it('sets a parameter range, clamping the drawn value into it, and forgets it with the parameter', () => {
    const id = own().add('residual', 'abs(r)^q')!;
    explorer().toggleLoss(id);
    expect(explorer().values.own1).toEqual({ q: 1 });
    expect(own().setRange(id, 'q', [2, 4])).toBe(true);
    expect(getLoss(id)?.params[0]?.range).toEqual([2, 4]);
    expect(explorer().values.own1).toEqual({ q: 2 });
    expect(own().setRange(id, 'q', [3, 3])).toBe(false);
    expect(own().setRange(id, 'q', [0, Infinity])).toBe(false);
    own().setText(id, 'a*r^2');
    expect(own().defs[0]?.ranges).toEqual({});
    expect(explorer().values.own1).toEqual({ a: 1 });
  });

  it('drops a removed loss from the registry and from the drawn selection', () => {
    const id = own().add('residual', 'abs(r)^q')!;
    explorer().toggleLoss(id);
    expect(explorer().ids).toContain('own1');
    expect(explorer().own?.map((d) => d.id)).toEqual(['own1']);
    own().remove(id);
    expect(getLoss('own1')).toBeUndefined();
    expect(explorer().ids).not.toContain('own1');
    expect(explorer().own).toEqual([]);
  });
});
