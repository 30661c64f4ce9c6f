import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../math/losses';
import { AxisMismatch } from './AxisMismatch';
import { LossCatalog } from './LossCatalog';
import { PresetPicker } from './PresetPicker';
import type { Preset } from './types';

const noop = () => {};
const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;

/** The value of attribute `attr` on the element whose id is `id`, or the element's text. */
function byId(html: string, id: string): string {
  const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`id="${esc}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '';
}

describe('LossCatalog markup', () => {
  const html = renderToStaticMarkup(
    createElement(LossCatalog, { losses: LOSSES, selected: ['huber'], axis: 'residual', onToggle: noop, onSwitchAxis: noop, defaultOpen: true }),
  );

  it('has a labelled filter, one disclosure per family (open where a loss is drawn) and one labelled checkbox per loss', () => {
    expect(html).toMatch(/<summary>Losses<\/summary>/);
    expect(html).toMatch(/<label for="[^"]+">Filter losses<\/label>/);
    const families = new Set(LOSSES.map((l) => l.family)).size;
    expect(count(html, /<details class="catalog-family"/g)).toBe(families);
    expect(count(html, /<fieldset class="catalog-family-body"><legend class="sr-only">[^<]+<\/legend>/g)).toBe(families);
    // Only Regression holds the drawn Huber: it alone is open, and its heading says so.
    expect(count(html, /<details class="catalog-family" open=""/g)).toBe(1);
    const regression = LOSSES.filter((l) => l.family === 'regression').length;
    expect(html).toMatch(new RegExp(`<details class="catalog-family" open=""><summary><span class="catalog-family-title">Regression</span> <span class="catalog-family-count">${regression} losses, 1 drawn</span>`));
    expect(count(html, /type="checkbox"/g)).toBe(LOSSES.length);
    for (const l of LOSSES) expect(html).toContain(`>${l.title.replace(/&/g, '&amp;')}</label>`);
    expect(count(html, /checked=""/g)).toBe(1);
  });

  it('describes each checkbox by its purpose, and off-axis ones also by their badge', () => {
    for (const l of LOSSES) {
      const m = new RegExp(`id="([^"]*-${l.id})" type="checkbox"[^>]*aria-describedby="([^"]+)"`).exec(html);
      expect(m?.[1]).toMatch(new RegExp(`-${l.id}$`));
      const refs = m![2]!.split(' ');
      expect(byId(html, refs[0]!)).toBe(l.purpose);
      const onAxis = l.profiles.some((p) => p.axis === 'residual');
      expect(refs.length).toBe(onAxis ? 1 : 2);
      if (!onAxis) expect(byId(html, refs[1]!)).toMatch(/^over /);
    }
  });
});

describe('AxisMismatch markup', () => {
  const triplet = LOSSES.find((l) => l.id === 'triplet')!;
  const html = renderToStaticMarkup(
    createElement(AxisMismatch, { spec: triplet, axis: 'residual', losses: LOSSES, selected: ['huber'], onToggle: noop, onSwitchAxis: noop }),
  );
  it('says why, offers the other axis and the losses that share this one', () => {
    expect(html).toContain('Triplet margin has no curve over the residual: its loss is a function of distances.');
    expect(html).toContain('>Show Triplet margin over distance</button>');
    expect(html).toContain('>Add Mean squared error</button>');
    expect(html).toContain('Huber (on the chart)');
    expect(html).not.toContain('Add Contrastive');
  });
});

describe('PresetPicker markup', () => {
  const presets: Preset[] = [
    { id: 'a', title: 'First', blurb: 'Teaches one thing.', ids: ['mse', 'mae'], axis: 'residual' },
    { id: 'b', title: 'Second', blurb: 'Teaches another.', ids: ['hinge', 'squared_hinge'], axis: 'margin' },
  ];
  const html = renderToStaticMarkup(createElement(PresetPicker, { presets, activeId: 'b', onPick: noop }));
  it('renders toggle buttons named by title and described by their blurb', () => {
    expect(count(html, /<button/g)).toBe(2);
    expect(html).toMatch(/aria-pressed="false"[^>]*>First<\/button>/);
    expect(html).toMatch(/aria-pressed="true"[^>]*>Second<\/button>/);
    const ref = /aria-describedby="([^"]+)"[^>]*>First</.exec(html)![1]!;
    expect(byId(html, ref)).toBe('Teaches one thing.');
    expect(html).toContain('<legend>Comparisons</legend>');
  });
});
