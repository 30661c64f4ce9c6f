import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../types';
import { getLoss } from './index';
import { conflictingParams, withConflicts } from './sharedParams';

const p = (name: string, more: Partial<ParamSpec> = {}): ParamSpec => ({
  name, symbol: name, default: 0.5, range: [0, 1], step: 0.01, meaning: 'a test knob', ...more,
});
const loss = (...params: ParamSpec[]) => ({ params });

describe('parameters shared by name', () => {
  it('are one quantity when range, step, scale and integrality agree', () => {
    expect(conflictingParams([loss(p('m')), loss(p('m'), p('s'))])).toEqual([]);
    expect(conflictingParams([loss(p('m', { scale: 'linear' })), loss(p('m'))])).toEqual([]);
  });

  it('conflict when any of them differs', () => {
    expect(conflictingParams([loss(p('m')), loss(p('m', { range: [1, 4], step: 1, integer: true }))])).toEqual(['m']);
    expect(conflictingParams([loss(p('m')), loss(p('m', { range: [-1, 1] }))])).toEqual(['m']);
    expect(conflictingParams([loss(p('m')), loss(p('m', { step: 0.05 }))])).toEqual(['m']);
    expect(conflictingParams([loss(p('t', { range: [0.01, 1] })), loss(p('t', { range: [0.01, 1], scale: 'log' }))])).toEqual(['t']);
    expect(conflictingParams([loss(p('k', { integer: true })), loss(p('k'))])).toEqual(['k']);
    // a third loss agreeing with the first does not undo it
    expect(conflictingParams([loss(p('m')), loss(p('m', { step: 0.05 })), loss(p('m'))])).toEqual(['m']);
  });

  it('in the registry: the losses that share a name in the explorer today are linked', () => {
    expect(getLoss('hinge')!.params[0]!.name).toBe('margin');
    expect(withConflicts(['hinge', 'squared_hinge'], [])).toEqual([]);
    expect(withConflicts(['huber', 'smooth_l1', 'mse'], [])).toEqual([]);
  });

  it('add to the names set apart, each once, keeping those asked for', () => {
    expect(withConflicts(['hinge', 'squared_hinge'], ['margin'])).toEqual(['margin']);
    expect(withConflicts([], ['delta'])).toEqual(['delta']);
  });
});
