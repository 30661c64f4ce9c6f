import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { MAX_OWN_LENGTH, OWN_IDS, OWN_PARAM_RANGE } from '../../src/math/own/def';
import { FAKE_ENGINE } from './ownFakeEngine';
import { setOwnEngine } from './ownHook';
import { OWN_NOT_LOADED } from './ownLink';
import { OWN_LIMITS, OWN_PARAM_RANGE_COPY } from './ownLimits';
import { needsOwn } from './needsOwn';
import { decodeView, encodeView } from './urlCodec';

describe('typed losses in the explorer’s link', () => {
  beforeEach(() => setOwnEngine(FAKE_ENGINE));
  afterEach(() => {
    FAKE_ENGINE.installOwn([]);
    setOwnEngine(undefined);
  });

  it('keeps the first load’s copies of the limits equal to def.ts', () => {
    expect(OWN_LIMITS.ids).toEqual(OWN_IDS);
    expect(OWN_LIMITS.maxLength).toBe(MAX_OWN_LENGTH);
    expect(OWN_PARAM_RANGE_COPY).toEqual(OWN_PARAM_RANGE);
  });

  it('registers a typed loss before the selection names it, with its parameter value', () => {
    const { state, notices } = decodeView('?v=2&own1=abs(r)%5Eq&own1.axis=residual&loss=own1,mse&axis=residual&q=2.5');
    expect(notices).toEqual([]);
    expect(state.ids).toEqual(['own1', 'mse']);
    expect(state.own).toEqual([{ id: 'own1', text: 'abs(r)^q', axis: 'residual', ranges: {} }]);
    expect(state.values.own1).toEqual({ q: 2.5 });
    expect(getLoss('own1')?.title).toMatch(/abs\(r\)\^q/);
  });

  it('writes the text, the axis and only the changed ranges, and reads them back', () => {
    const first = decodeView('?own1=abs(r)%5Eq&own1.ranges=q:0.5:4&own2=a*r%5E2&loss=own1,own2&axis=residual').state;
    const link = encodeView(first);
    const q = new URLSearchParams(link);
    expect(q.get('own1')).toBe('abs(r)^q');
    expect(q.get('own1.ranges')).toBe('q:0.5:4');
    expect(q.get('own2.axis')).toBe('residual');
    expect(q.has('own2.ranges')).toBe(false);
    const again = decodeView(link);
    expect(again.notices).toEqual([]);
    expect(again.state.own).toEqual(first.own);
    expect(getLoss('own1')?.params[0]?.range).toEqual([0.5, 4]);
  });

  it('drops a formula that does not compile, quoting the parser, and keeps the page’s default', () => {
    const { state, notices } = decodeView('?own1=log(r&loss=own1&axis=residual');
    expect(notices[0]).toBe('own1 “log(r” is not a formula we can draw: “missing )”; dropped.');
    expect(notices).toContain('Unknown loss “own1” dropped.');
    expect(state.own).toBeUndefined();
    expect(state.ids.length).toBeGreaterThan(0);
  });

  it('drops a text past the limit, bad ranges and a bad axis, each with a notice', () => {
    const long = decodeView(`?own1=${'r'.repeat(MAX_OWN_LENGTH + 1)}`);
    expect(long.notices).toContain(`own1 is longer than ${MAX_OWN_LENGTH} characters; dropped.`);
    const bad = decodeView('?own1=abs(r)%5Eq&own1.axis=sideways&own1.ranges=q:4:1,zz:0:1,__proto__:0:1:2');
    expect(bad.notices).toContain('own1.axis = “sideways” is not an axis; drawn over the residual.');
    expect(bad.notices).toContain('own1.ranges: “q:4:1” is not a “name:from:to” range; ignored.');
    expect(bad.notices).toContain('own1.ranges: “__proto__:0:1:2” is not a “name:from:to” range; ignored.');
    expect(bad.notices).toContain('own1.ranges: “zz” is not a parameter of the formula; ignored.');
    expect(bad.state.own?.[0]?.ranges).toEqual({});
  });

  it('says so, and drops them, when the parser is not loaded', () => {
    setOwnEngine(undefined);
    const { state, notices } = decodeView('?own1=abs(r)%5Eq');
    expect(notices).toContain(OWN_NOT_LOADED);
    expect(state.own).toBeUndefined();
  });

  it('knows which links need the parser', () => {
    expect(needsOwn('?own2=abs(r)')).toBe(true);
    expect(needsOwn('?loss=mse&own=1&q.own1=2')).toBe(false);
  });
});
