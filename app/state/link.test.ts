import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../../src/math/types';
import { clampNoted, linkReader, LINK_VERSION, makeCodec, numberField, numberListField, parseNumber, prop, type LinkField } from './link';

const spec = (name: string): ParamSpec => ({ name, symbol: name, default: 0, range: [0, 10], step: 1, meaning: name });

describe('link machinery', () => {
  it('has one strict number parser', () => {
    const ok = ['1', '-2.5', '+3', '.5', '1e-3', '2E4', ' 7 '];
    expect(ok.map(parseNumber)).toEqual(ok.map(Number));
    const bad = ['0x10', '', ' ', '1e999', '-1e999', 'Infinity', 'NaN', '1,2', '1.2.3', '0b1', '1_000'];
    expect(bad.map(parseNumber)).toEqual(bad.map(() => undefined));
  });

  it('clamps and rounds into a spec’s bounds, saying so once', () => {
    const r = linkReader('');
    expect(clampNoted(r, 'steps', 1000.4, { range: [1, 500], integer: true })).toBe(500);
    expect(clampNoted(r, 'steps', 1000.4, { range: [1, 500], integer: true })).toBe(500);
    expect(clampNoted(r, 'steps', 7, { range: [1, 500], integer: true })).toBe(7);
    expect(r.notices).toEqual(['steps = 1000.4 is outside 1…500; set to 500.']);
  });

  it('reads legacy keys only in older links', () => {
    expect(linkReader('?v=1&lam=2').one('lambda', ['lam'])).toBe('2');
    expect(linkReader('?lam=2').one('lambda', ['lam'])).toBe('2');
    expect(linkReader(`?v=${LINK_VERSION}&lam=2`).one('lambda', ['lam'])).toBeNull();
    const codec = makeCodec<{ lambda: number }>('demo', [numberField(spec('lambda'), prop('lambda'), { legacy: ['lam'] })], () => ({ lambda: 0 }));
    expect(codec.decode('?v=1&lam=2')).toEqual({ state: { lambda: 2 }, notices: [] });
    expect(codec.decode(`?v=${LINK_VERSION}&lam=2`)).toEqual({ state: { lambda: 0 }, notices: ['Ignored “lam”: not a setting of this view.'] });
  });

  it('lets a flag on a field leave it out of a link, without touching the view', () => {
    interface S {
      readonly a: number;
      readonly b: number;
    }
    const fields: LinkField<S>[] = [numberField(spec('a'), prop('a')), numberField(spec('b'), prop('b'), { flags: { hiddenInEmbed: true } })];
    const codec = makeCodec<S>('demo', fields, () => ({ a: 0, b: 0 }));
    expect(codec.encode({ a: 1, b: 2 })).toBe(`?v=${LINK_VERSION}&view=demo&a=1&b=2`);
    expect(codec.encode({ a: 1, b: 2 }, 'hiddenInEmbed')).toBe(`?v=${LINK_VERSION}&view=demo&a=1`);
    expect(codec.decode('?a=3&b=20').state).toEqual({ a: 3, b: 10 });
  });
});

describe('numberListField', () => {
  const codec = makeCodec<{ xs: readonly number[] }>(
    'demo',
    [numberListField('xs', { range: [-10, 10] }, [1, 4], prop('xs'))],
    () => ({ xs: [1, 2] }),
  );
  it('reads, clamps and writes a list', () => {
    expect(codec.decode('?xs=3,-4.5,0')).toEqual({ state: { xs: [3, -4.5, 0] }, notices: [] });
    const far = codec.decode('?xs=3,1e308');
    expect(far.state.xs).toEqual([3, 10]);
    expect(far.notices).toEqual(['xs = 1e+308 is outside -10…10; set to 10.']);
    expect(codec.encode({ xs: [0.5, -2] })).toBe(`?v=${LINK_VERSION}&view=demo&xs=0.5%2C-2`);
  });
  it('ignores a list that is not all numbers or has the wrong length, with a notice', () => {
    for (const bad of ['3,0x10', '1,2,3,4,5', '']) {
      const d = codec.decode(`?xs=${bad}`);
      expect(d.state.xs).toEqual([1, 2]);
      expect(d.notices).toHaveLength(1);
    }
  });
});
