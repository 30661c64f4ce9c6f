import { describe, expect, it } from 'vitest';
import { decodeView } from '../state/urlCodec';
import { appLink, linkParams, PARAM_ATTRIBUTES, readAttributes } from './attributes';

describe('attributes of <loss-atlas-curves>', () => {
  it('read losses, parameters by PyTorch name, range, panels, controls, theme and formula', () => {
    const c = readAttributes({ loss: 'huber, mse', delta: '1.5', 'x-range': '-2,3', panels: 'value,weight', controls: 'delta', theme: 'dark', formula: '' });
    expect(c.notices).toEqual([]);
    expect(c.view.ids).toEqual(['huber', 'mse']);
    expect(c.view.values.huber).toEqual({ delta: 1.5 });
    expect(c.view.xDomain).toEqual([-2, 3]);
    expect(c.view.panels).toEqual({ derivative: false, weight: true });
    expect(c).toMatchObject({ controls: ['delta'], theme: 'dark', formula: true });
  });

  it('default to the value and derivative panels, every slider, the page’s colour scheme and no formula', () => {
    const c = readAttributes({ loss: 'huber' });
    expect(c.view.panels).toEqual({ derivative: true, weight: false });
    expect(c).toMatchObject({ controls: undefined, theme: 'auto', formula: false, notices: [] });
    expect(readAttributes({ loss: 'huber', formula: 'false' }).formula).toBe(false);
  });

  it('say what was wrong and keep the rest', () => {
    const c = readAttributes({ loss: 'huber,nope', delta: '99', 'x-range': '4,-4', controls: 'delta,gamma', theme: 'neon', margin: '1', panels: 'value,slope' });
    expect(c.view.ids).toEqual(['huber']);
    expect(c.view.values.huber).toEqual({ delta: 5 });
    expect(c.view.xDomain).toEqual([-4, 4]);
    expect(c.controls).toEqual(['delta']);
    expect(c.theme).toBe('auto');
    expect(c.notices).toEqual([
      'Unknown loss “nope” dropped.',
      'delta = 99 is outside 0.05…5; set to 5.',
      'x-range “4,-4” is not a usable “from,to” pair; kept -4 to 4.',
      'Unknown panel “slope” ignored.',
      'Ignored “margin”: not a parameter of these losses.',
      'theme = “neon” is not one of light, dark, auto; kept auto.',
      'controls: “gamma” is not a parameter of these losses; ignored.',
    ]);
  });

  it('ignore attributes that are neither its own nor parameters (id, class, aria-*)', () => {
    expect(readAttributes({ loss: 'huber', id: 'f', class: 'wide', 'aria-describedby': 'x' }).notices).toEqual([]);
  });

  it('observe every parameter of the registry, alone and set apart per loss', () => {
    expect(PARAM_ATTRIBUTES).toEqual(expect.arrayContaining(['delta', 'margin', 'gamma', 'margin.hinge', 'delta.huber']));
  });

  it("link to the app's own view and report parameters by their link names", () => {
    const { view } = readAttributes({ loss: 'hinge,squared_hinge', margin: '2' });
    const link = new URL(appLink('https://example.org/atlas/', view));
    expect(link.origin + link.pathname).toBe('https://example.org/atlas/');
    expect(decodeView(link.search).state.values).toEqual(view.values);
    expect(linkParams(view)).toEqual({ margin: 2 });
    const apart = readAttributes({ loss: 'hinge,squared_hinge', apart: 'margin', 'margin.hinge': '0.5' });
    expect(apart.notices).toEqual([]);
    expect(linkParams(apart.view)).toEqual({ 'margin.hinge': 0.5, 'margin.squared_hinge': 1 });
  });
});
