import { describe, expect, it } from 'vitest';
import { APP_DISPLAY, type Display } from '../state/display';
import { controlsOf, explorerControls, LESSON_CONTROLS, NO_CONTROLS, shows, surfaceControls, unknownControlsNotice } from './controls';

const embed = (controls?: string[]): Display => (controls ? { mode: 'embed', controls } : { mode: 'embed' });

describe('control lists', () => {
  it('explorer: the drawn losses’ parameters by PyTorch name, then its parts; the parameters by default', () => {
    const list = explorerControls({ ids: ['huber', 'quantile', 'mse'], unlinked: [] });
    expect(list.known).toEqual(['delta', 'tau', 'loss', 'preset', 'panels', 'range', 'readout', 'formula']);
    expect(list.byDefault).toEqual(['delta', 'tau']);
    for (const n of list.known) expect(list.labels[n]).toBeTruthy();
  });

  it('explorer: a parameter set apart is offered per loss as well', () => {
    const list = explorerControls({ ids: ['hinge', 'squared_hinge'], unlinked: ['margin'] });
    expect(list.known.slice(0, 3)).toEqual(['margin', 'margin.hinge', 'margin.squared_hinge']);
    expect(list.byDefault).toEqual(['margin']);
  });

  it('surface: its losses’ parameters and its settings by their link names', () => {
    const list = surfaceControls({ losses: ['mse', 'huber'] });
    expect(list.known).toEqual(expect.arrayContaining(['delta', 'lambda', 'l1_ratio', 'reg', 'lr', 'momentum', 'steps', 'method', 'data', 'loss', 'model', 'max_norm']));
    expect(list.byDefault).toEqual(['delta', 'lambda', 'l1_ratio']);
  });

  it('per view', () => {
    const state = { explorer: { ids: ['huber'], unlinked: [] }, surface: { losses: ['mse'] } };
    expect(controlsOf('explorer', state).known).toContain('delta');
    expect(controlsOf('surface', state).known).toContain('lambda');
    expect(controlsOf('lesson', state)).toBe(LESSON_CONTROLS);
    expect(controlsOf('gpu-check', state)).toBe(NO_CONTROLS);
  });
});

describe('shows', () => {
  const list = explorerControls({ ids: ['huber', 'mse'], unlinked: [] });
  it('everything outside an embed', () => {
    for (const n of ['delta', 'loss', 'formula']) expect(shows(list, APP_DISPLAY, n)).toBe(true);
    expect(shows(list, { mode: 'present' }, 'loss')).toBe(true);
  });
  it('in an embed, the named controls, or the default set', () => {
    expect(shows(list, embed(['loss']), 'loss')).toBe(true);
    expect(shows(list, embed(['loss']), 'delta')).toBe(false);
    expect(shows(list, embed(), 'delta')).toBe(true);
    expect(shows(list, embed(), 'loss')).toBe(false);
    expect(shows(list, embed([]), 'delta')).toBe(false);
  });
});

describe('unknownControlsNotice', () => {
  const list = explorerControls({ ids: ['huber'], unlinked: [] });
  it('names what this view does not have and lists what it has', () => {
    const n = unknownControlsNotice(embed(['delta', 'bogus', 'lambda']), list);
    expect(n).toMatch(/^controls: “bogus”, “lambda” are not controls of this view; left out\. This view's controls: delta, loss/);
    expect(unknownControlsNotice(embed(['bogus']), NO_CONTROLS)).toMatch(/is not a control of this view; left out\. This view has no controls to choose\.$/);
  });
  it('says nothing when every name is known, without controls=, or outside an embed', () => {
    expect(unknownControlsNotice(embed(['delta', 'formula']), list)).toBeUndefined();
    expect(unknownControlsNotice(embed(), list)).toBeUndefined();
    expect(unknownControlsNotice({ mode: 'app', controls: ['bogus'] }, list)).toBeUndefined();
  });
});
