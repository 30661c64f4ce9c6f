import { describe, expect, it } from 'vitest';
import { faultText, parseRange } from './ownText';

describe('the editor’s words', () => {
  it('takes a range of two numbers, the first below the second', () => {
    expect(parseRange('0.5', ' 4 ')).toEqual([0.5, 4]);
    expect(parseRange('-1e-3', '2E2')).toEqual([-0.001, 200]);
    expect(parseRange('', '4')).toBe('Both ends must be numbers.');
    expect(parseRange('0x10', '20')).toBe('Both ends must be numbers.');
    expect(parseRange('1', 'Infinity')).toBe('Both ends must be numbers.');
    expect(parseRange('3', '3')).toBe('The start must be below the end.');
    expect(parseRange('4', '1')).toBe('The start must be below the end.');
  });

  it('names the place only when the message does not', () => {
    expect(faultText({ message: 'unknown function `lgo` at 1', at: 1 })).toBe('unknown function `lgo` at 1');
    expect(faultText({ message: 'missing )', at: 6 })).toBe('missing ) (at character 6)');
    expect(faultText({ message: 'the formula is empty' })).toBe('the formula is empty');
  });
});
