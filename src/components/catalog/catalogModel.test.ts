import { describe, expect, it } from 'vitest';
import { FAMILY_TITLES, getLoss, LOSSES } from '../../math/losses';
import type { Family, LossSpec } from '../../math/types';
import { AXIS_NAMES, AXIS_PLURALS } from './axisNames';
import { axesOf, axisBadge, choiceFor, familyCount, groupByFamily, hasAxis, matchesFilter, mismatchSentence } from './catalogModel';

const must = (id: string): LossSpec => {
  const s = getLoss(id);
  if (!s) throw new Error(`no loss ${id}`);
  return s;
};
const FAMILIES = Object.keys(FAMILY_TITLES) as Family[];

describe('catalog model', () => {
  it('names every axis any loss uses', () => {
    for (const spec of LOSSES) for (const a of axesOf(spec)) {
      expect(AXIS_NAMES[a]).toBeTruthy();
      expect(AXIS_PLURALS[a]).toBeTruthy();
    }
  });

  it('lists each axis of a loss once, in profile order', () => {
    expect(axesOf(must('focal'))).toEqual(['logit', 'probability']);
    expect(axesOf(must('contrastive'))).toEqual(['distance']);
    expect(hasAxis(must('bce_logits'), 'margin')).toBe(true);
    expect(hasAxis(must('triplet'), 'residual')).toBe(false);
  });

  it('groups every loss exactly once, families in the given order', () => {
    const groups = groupByFamily(LOSSES, FAMILIES);
    expect(groups.flatMap((g) => g.losses)).toHaveLength(LOSSES.length);
    expect(groups.map((g) => g.family)).toEqual(FAMILIES.filter((f) => LOSSES.some((l) => l.family === f)));
    for (const g of groups) for (const l of g.losses) expect(l.family).toBe(g.family);
    expect(groupByFamily([must('huber')], FAMILIES)).toEqual([{ family: 'regression', losses: [must('huber')] }]);
  });

  it('filters by title, purpose, id and family, every word, ignoring case', () => {
    const ids = (q: string) => LOSSES.filter((l) => matchesFilter(l, q)).map((l) => l.id);
    expect(ids('')).toHaveLength(LOSSES.length);
    expect(ids('   ')).toHaveLength(LOSSES.length);
    expect(ids('HUBER')).toContain('huber');
    expect(ids('smooth_l1')).toEqual(['smooth_l1']);
    expect(ids('zero one')).toContain('zero_one');
    expect(ids('outliers')).toContain('huber'); // from the purpose line
    expect(ids('hinge squared')).toEqual(['squared_hinge']);
    expect(ids('no such loss anywhere')).toEqual([]);
    // and by the family's title
    expect(ids('regularization')).toEqual(expect.arrayContaining(['l1', 'l2', 'elastic_net']));
  });

  it('explains in words why a loss is off the axis', () => {
    expect(mismatchSentence(must('triplet'), 'residual')).toBe(
      'Triplet margin has no curve over the residual: its loss is a function of distances.',
    );
    expect(mismatchSentence(must('focal'), 'margin')).toBe(
      'Focal (sigmoid) has no curve over the margin y·f: its loss is a function of logits or probabilities.',
    );
    expect(axisBadge(must('triplet'))).toBe('over distance');
    expect(axisBadge(must('focal'))).toBe('over logit / probability');
  });

  it('toggles losses on the axis (and selected ones off), explains the rest', () => {
    expect(choiceFor(must('mse'), 'residual', [])).toBe('toggle');
    expect(choiceFor(must('triplet'), 'residual', [])).toBe('explain');
    expect(choiceFor(must('triplet'), 'residual', ['triplet'])).toBe('toggle');
  });

  it('counts a family in words, with how many of its losses are drawn', () => {
    expect(familyCount(1, 0)).toBe('1 loss');
    expect(familyCount(9, 0)).toBe('9 losses');
    expect(familyCount(9, 2)).toBe('9 losses, 2 drawn');
  });
});
