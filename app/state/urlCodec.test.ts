import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLoss } from '../../src/math/losses';
import { getPreset } from '../presets';
import { decodeView, encodeView } from './urlCodec';
import { DEFAULT_VIEW, profileOn } from './view';

describe('URL codec', () => {
  it('turns any query string into a valid view and never throws', () => {
    const keys = fc.constantFrom('v', 'view', 'loss', 'axis', 'x', 'at', 'panels', 'apart', 'delta', 'margin', 'margin.hinge', 'gamma', 'similarity', 'zzz');
    const junk = fc.oneof(fc.string(), fc.constantFrom('NaN', 'Infinity', '-1e400', '1e400', '<script>alert(1)</script>', 'huber,mse', 'triplet', '3,1', '0,0', ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, junk), { maxLength: 12 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state, notices } = decodeView(search);
        expect(state.ids.length).toBeGreaterThan(0);
        for (const id of state.ids) {
          const spec = getLoss(id);
          expect(spec).toBeDefined();
          expect(profileOn(spec!, state.axis)).toBeDefined();
          for (const p of spec!.params) {
            const v = state.values[id]![p.name] as number;
            expect(v).toBeGreaterThanOrEqual(p.range[0]);
            expect(v).toBeLessThanOrEqual(p.range[1]);
          }
        }
        const [lo, hi] = state.xDomain;
        expect(hi - lo).toBeGreaterThan(0);
        expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
        expect(state.cursorX).toBeGreaterThanOrEqual(lo);
        expect(state.cursorX).toBeLessThanOrEqual(hi);
        for (const n of notices) expect(n.length).toBeLessThan(400);
      }),
      { numRuns: 500 },
    );
  });

  it('clamps an out-of-range parameter and says so', () => {
    const { state, notices } = decodeView('?loss=huber,mse&delta=99');
    expect(state.values.huber!.delta).toBe(getLoss('huber')!.params[0]!.range[1]);
    expect(notices.join(' ')).toMatch(/delta = 99 is outside/);
  });

  it('drops unknown losses and non-numeric values, and notes duplicated keys', () => {
    const { state, notices } = decodeView('?loss=huber,nope&delta=abc&delta=2&x=5,1');
    expect(state.ids).toEqual(['huber']);
    expect(state.values.huber!.delta).toBe(1);
    expect(state.xDomain).toEqual(getLoss('huber')!.profiles[0]!.domain);
    const all = notices.join('\n');
    expect(all).toMatch(/Unknown loss “nope”/);
    expect(all).toMatch(/not a number/);
    expect(all).toMatch(/appears 2 times/);
    expect(all).toMatch(/x-range/);
  });

  it('leaves out a loss that cannot be drawn over the axis', () => {
    const { state, notices } = decodeView('?loss=hinge,triplet&axis=margin');
    expect(state.ids).toEqual(['hinge']);
    expect(notices.join(' ')).toMatch(/triplet cannot be drawn over the margin/);
  });

  it('falls back to the default comparison when nothing is drawable', () => {
    const { state } = decodeView('?loss=%3Cscript%3E');
    expect(state.ids).toEqual(DEFAULT_VIEW.ids);
  });

  it('keeps a preset only when the link shows what it claims, and says why it dropped one', () => {
    const hinge = getPreset('hinge-squared-hinge')!;
    const ok = decodeView('?loss=hinge,squared_hinge&axis=margin&margin=1&preset=hinge-squared-hinge');
    expect(ok.state.preset).toBe(hinge.id);
    expect(ok.notices).toEqual([]);
    const moved = decodeView('?loss=hinge,squared_hinge&axis=margin&margin=2&preset=hinge-squared-hinge');
    expect(moved.state.preset).toBeUndefined();
    expect(moved.notices.join(' ')).toMatch(/not those of the preset “Hinge vs squared hinge”/);
    const otherLosses = decodeView('?loss=mse,mae&axis=residual&preset=hinge-squared-hinge');
    expect(otherLosses.state.preset).toBeUndefined();
    const unknown = decodeView('?loss=mse&preset=nope');
    expect(unknown.state.preset).toBeUndefined();
    expect(unknown.notices.join(' ')).toMatch(/Unknown preset “nope”/);
    expect(decodeView(encodeView(ok.state)).state.preset).toBe(hinge.id);
  });

  it('reads a repeated name in apart once, and notes names that are not parameters', () => {
    const { state, notices } = decodeView('?loss=hinge,squared_hinge&axis=margin&apart=margin,margin,zzz&margin.hinge=0.5&margin.squared_hinge=2');
    expect(state.unlinked).toEqual(['margin']);
    expect(state.values.hinge!.margin).toBe(0.5);
    expect(state.values.squared_hinge!.margin).toBe(2);
    expect(notices.join(' ')).toMatch(/apart: “zzz” is not a parameter/);
    expect(new URLSearchParams(encodeView(state)).get('apart')).toBe('margin');
  });

  it('takes only decimal numbers: hex, empty, overflowing and infinite values are refused', () => {
    const read = ['0x10', '', '1e999', 'Infinity', '1,2'].map((raw) => decodeView(`?loss=huber&delta=${encodeURIComponent(raw)}`));
    expect(read.map((r) => r.state.values.huber!.delta)).toEqual([1, 1, 1, 1, 1]);
    for (const r of read) expect(r.notices.join(' ')).toMatch(/not a number/);
  });
});
