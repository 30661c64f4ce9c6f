import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../math/losses';
import { texToText } from '../../math/tex';

/** Letters and digits only, subscript and superscript forms folded (₁ → 1): what a reader must see. */
const glyphs = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}+]/gu, '');

// The readout's header names the x variable in plain text (it is not typeset): every profile's xText.
describe.each(LOSSES.flatMap((l) => l.profiles.map((p) => [`${l.id} over ${p.axis}`, p] as const)))('%s', (_, profile) => {
  it('has a plain-text axis name with no TeX markup', () => {
    expect(profile.xText.trim()).not.toBe('');
    expect(profile.xText).not.toMatch(/[\\{}^]|_\{/);
  });

  it('names the same variable as its TeX', () => {
    expect(glyphs(profile.xText)).toBe(glyphs(texToText(profile.xTex)));
  });
});
