import { describe, expect, it } from 'vitest';
import { getLoss, LOSSES } from '../../math/losses';
import { withDefaults } from '../../math/tensor';
import { formulaTex, valueMark } from '../../math/tex';
import { renderTex } from './katexModule';
import { markedValues, valueOnlyChange, withoutMarks } from './liveValues';

const huber = getLoss('huber')!;
const tex = (delta: number, active?: number) => formulaTex(huber.tex.value, huber, { delta }, active, { markValues: true });

describe('value marks', () => {
  it('wrap every substituted number and nothing else', () => {
    expect(markedValues(tex(1.5))).toEqual(new Map([['delta', '1.5']]));
    expect(formulaTex(huber.tex.value, huber, { delta: 1.5 })).not.toContain('htmlData{v=');
    expect(markedValues(`${valueMark('a', '1')} + ${valueMark('a', '2')}`)).toBeUndefined();
  });

  it('become data-v elements around one run of digits in KaTeX output', () => {
    const html = renderTex(tex(1.25), true);
    const marks = [...html.matchAll(/data-v="delta"><span class="mord">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['1.25']));
  });

  it('can be rewritten in place in every loss formula: each plain number is one run of digits', () => {
    let checked = 0;
    for (const spec of LOSSES) {
      for (const f of [spec.tex.value, spec.tex.grad]) {
        const t = formulaTex(f, spec, withDefaults(spec, {}), undefined, { markValues: true });
        const values = markedValues(t)!;
        const html = renderTex(t, true);
        for (const [, name, after] of html.matchAll(/data-v="(\w+)">(.{0,60})/g)) {
          const v = values.get(name!)!;
          if (!/^\d+(?:\.\d+)?$/.test(v)) continue;
          expect(after, `${spec.id}: ${name}`).toMatch(new RegExp(`^<span class="mord( mtight)?">${v.replace('.', '\\.')}</span>`));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('negative values', () => {
  it('are the minus glyph and then one run of digits, in every formula where a parameter can be below 0', () => {
    let checked = 0;
    for (const spec of LOSSES) {
      for (const p of spec.params.filter((q) => q.range[0] < 0)) {
        // The lowest value a slider step above the bottom of the range, below 0 as a drag sees it.
        const v = Math.min(p.range[0] + (p.step ?? 0.1), -(p.step ?? 0.1));
        for (const f of [spec.tex.value, spec.tex.grad]) {
          const t = formulaTex(f, spec, { ...withDefaults(spec, {}), [p.name]: v }, undefined, { markValues: true, stepPrecision: true });
          const value = markedValues(t)?.get(p.name);
          if (value === undefined) continue;
          expect(value, `${spec.id}: ${p.name}`).toMatch(/^-\d+(?:\.\d+)?$/);
          for (const [, after] of renderTex(t, true).matchAll(new RegExp(`data-v="${p.name}">(.{0,90})`, 'g'))) {
            const digits = value.slice(1).replace('.', '\\.');
            expect(after, `${spec.id}: ${p.name}`).toMatch(new RegExp(`^<span class="mord( mtight)?">−</span><span class="mord( mtight)?">${digits}</span>`));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('valueOnlyChange', () => {
  it('gives the new numbers when only plain marked numbers differ', () => {
    expect(valueOnlyChange(tex(1), tex(2.75))).toEqual(new Map([['delta', '2.75']]));
  });

  it('gives them for negative numbers too, while the sign stays', () => {
    const t = (v: string) => `x = (${valueMark('b', v)})`;
    expect(valueOnlyChange(t('-0.9'), t('-0.8'))).toEqual(new Map([['b', '-0.8']]));
    expect(valueOnlyChange(t('-0.1'), t('0.0'))).toBeUndefined();
    expect(valueOnlyChange(t('-1e-7'), t('-0.5'))).toBeUndefined();
  });

  it('asks for a full typeset when the structure or a number form changes', () => {
    expect(valueOnlyChange(tex(1), tex(1))).toBeUndefined();
    // another active branch: different markup around the same numbers
    expect(valueOnlyChange(tex(1, 0), tex(2, 1))).toBeUndefined();
    // exponent notation is not one run of digits
    expect(valueOnlyChange(tex(1), tex(1e-7))).toBeUndefined();
    expect(valueOnlyChange(tex(1e-7), tex(1))).toBeUndefined();
    // a sign is a separate glyph
    expect(valueOnlyChange(`x = ${valueMark('m', '1')}`, `x = ${valueMark('m', '-1')}`)).toBeUndefined();
    // no marks: nothing to write in place
    expect(valueOnlyChange('x = 1', 'x = 2')).toBeUndefined();
  });
});

describe('withoutMarks', () => {
  it('gives the TeX a person would write: value and branch marks replaced by what they hold', () => {
    const t = formulaTex(huber.tex.value, huber, { delta: 1.5 }, 1, { markValues: true, stepPrecision: true });
    expect(t).toContain('\\htmlData{piece=1');
    const plain = withoutMarks(t);
    expect(plain).not.toContain('htmlData');
    expect(plain).toContain('{1.50}\\cdot \\left(|r| - {1.50}/2\\right)');
    expect(renderTex(plain, false)).not.toContain('data-');
    expect(withoutMarks('a \\{ \\htmlData{v=x}{\\{1\\}} b')).toBe('a \\{ \\{1\\} b');
    expect(withoutMarks('no marks')).toBe('no marks');
  });
});
