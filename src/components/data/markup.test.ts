import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../math/surface/datasets';
import { makeDataset } from '../../math/surface/presets';
import { DataScatter, type DataScatterProps } from './DataScatter';
import { DataToolbar, type DataToolbarProps } from './DataToolbar';
import { presetOptions } from './presetOptions';

const noop = () => {};
const scatter = (p: Partial<DataScatterProps> & Pick<DataScatterProps, 'dataset'>) =>
  renderToStaticMarkup(createElement(DataScatter, { width: 480, title: 'Training data', onChange: noop, ...p }));
const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;

describe('DataScatter markup', () => {
  const bin = makeDataset('bin-overlap', 1)!;

  it('is one listbox with a named option per point, the chosen one marked and active', () => {
    const html = scatter({ dataset: bin, selected: 4, onSelect: noop });
    expect(html).toMatch(/<svg class="data-svg editable"[^>]*aria-label="Training data"[^>]*role="listbox" tabindex="0" aria-activedescendant="pts-[\w-]+-4"/);
    expect(count(html, /role="option"/g)).toBe(bin.n);
    expect(count(html, /aria-selected="true"/g)).toBe(1);
    expect(html).toMatch(/id="pts-[\w-]+-4" role="option" aria-selected="true" aria-label="Point 5: x1 = −?\d+\.\d\d, x2 = −?\d+\.\d\d, class [+−]1"/);
    expect(count(html, /class="point-ring"/g)).toBe(1);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws classes with different shapes and a legend naming them', () => {
    const html = scatter({ dataset: makeDataset('soft-blobs', 2)! });
    expect(count(html, /<li>/g)).toBe(4);
    for (const c of ['class 0', 'class 1', 'class 2']) expect(html).toContain(c);
    expect(new Set([...html.matchAll(/class="point-mark" d="(M[^"]*)"/g)].map((m) => m[1])).size).toBe(3);
  });

  it('draws the fit: a regression line, a binary boundary with a shaded side, softmax regions', () => {
    const reg = scatter({ dataset: makeDataset('reg-clean', 1)!, fit: { kind: 'line', u: 1.5, v: 0.5 } });
    expect(count(reg, /class="fit-line"/g)).toBe(1);
    expect(reg).toContain('line at the current weights: y = 1.50·x + 0.50');
    const b = scatter({ dataset: bin, fit: { kind: 'boundary', u: 1, v: -0.5 } });
    expect(count(b, /class="fit-region"/g)).toBe(1);
    expect(b).toContain('boundary: 1.00·x1 − 0.50·x2 = 0 (shaded side: class +1)');
    const s = scatter({ dataset: makeDataset('soft-blobs', 1)!, fit: { kind: 'regions', w: [0, 1, 0, -1, -0.5, 0, 1, -0.5, 0] } });
    expect(count(s, /class="fit-region"/g)).toBe(3);
    expect(count(s, /class="fit-line"/g)).toBe(3);
    expect(scatter({ dataset: bin, fit: { kind: 'boundary', u: 0, v: 0 } })).not.toContain('fit-line');
    expect(scatter({ dataset: bin, fit: { kind: 'line', u: 1, v: 0 } })).not.toContain('fit-line');
  });

  it('says "No points — add one" for an empty dataset and is an image, not a listbox', () => {
    const html = scatter({ dataset: datasetOf('regression', 1, [], []) });
    expect(html).toContain('No points — add one');
    expect(html).toContain('role="img"');
    expect(html).not.toContain('role="listbox"');
    expect(html).toContain('0 points');
  });

  it('shows the problem with bad data instead of drawing it', () => {
    const html = scatter({ dataset: datasetOf('regression', 1, [1, Infinity], [2, 3]), fit: { kind: 'line', u: 1, v: 0 } });
    expect(html).toContain('Point 2 has a coordinate that is not a finite number.');
    expect(html).not.toContain('role="option"');
    expect(html).not.toContain('fit-line');
    expect(html).not.toContain('data-legend');
    expect(html).not.toContain('data-hint');
    expect(scatter({ dataset: datasetOf('binary', 2, [1, 1], [0]) })).toContain('binary labels must be −1 or +1');
  });

  it('describes its keys, and only choosing when read-only', () => {
    expect(scatter({ dataset: bin })).toContain('Shift+arrows move it');
    const ro = scatter({ dataset: bin, onChange: undefined });
    expect(ro).toContain('Arrow keys choose a point.');
    expect(ro).toContain('class="data-svg"');
  });

  it('draws points outside a fixed window clipped, and drops an out-of-range choice', () => {
    const html = scatter({ dataset: bin, domain: { x: [0, 1], y: [0, 1] }, selected: 999, onSelect: noop });
    expect(html).toMatch(/clip-path="url\(#clip-[\w-]+\)"/);
    expect(html).not.toContain('aria-selected="true"');
    expect(html).not.toContain('aria-activedescendant');
  });
});

describe('DataToolbar markup', () => {
  const base: DataToolbarProps = {
    dataset: makeDataset('bin-separable', 1)!, onChange: noop, onReseed: noop,
    presets: presetOptions('binary'), presetId: 'bin-separable', onPreset: noop, seed: 1, addLabel: -1, onAddLabel: noop,
  };
  const tb = (p: Partial<DataToolbarProps> = {}) => renderToStaticMarkup(createElement(DataToolbar, { ...base, ...p }));

  it('has the four buttons, Delete disabled without a choice', () => {
    const html = tb();
    for (const b of ['Add point', 'Inject outlier', 'Reseed']) expect(html).toContain(`>${b}</button>`);
    expect(html).toContain('<button type="button" disabled="">Delete point</button>');
    expect(tb({ selected: 2 })).toContain('<button type="button">Delete point</button>');
  });

  it('lists the kind’s presets in a select labelled Dataset', () => {
    const html = tb();
    expect(html).toMatch(/<label class="data-preset">Dataset<select>/);
    expect(count(html, /<option /g)).toBe(4);
    expect(html).toContain('<option value="bin-separable" selected="">Linearly separable</option>');
    expect(tb({ presetId: 'gone' })).toContain('<option value="" disabled="" selected="">Choose…</option>');
  });

  it('offers a class picker for classifiers only, with the chosen class checked', () => {
    const html = tb();
    expect(html).toContain('<legend>New points</legend>');
    expect(count(html, /type="radio"/g)).toBe(2);
    expect(html).toMatch(/<input type="radio" name="[^"]*" checked=""\/><svg[^]*?<\/svg>class −1/);
    const reg = tb({ dataset: makeDataset('reg-clean', 1)!, presets: presetOptions('regression'), presetId: 'reg-clean' });
    expect(reg).not.toContain('type="radio"');
  });

  it('disables adding to bad data and injecting into empty data', () => {
    const bad = tb({ dataset: datasetOf('binary', 2, [1, 1], [3]) });
    expect(bad).toContain('<button type="button" disabled="">Add point</button>');
    const empty = tb({ dataset: datasetOf('binary', 2, [], []) });
    expect(empty).toContain('<button type="button">Add point</button>');
    expect(empty).toContain('<button type="button" disabled="">Inject outlier</button>');
  });
});

describe('presetOptions', () => {
  it('gives each kind its own presets', () => {
    expect(presetOptions('regression').map((p) => p.id)).toEqual(['reg-clean', 'reg-noisy', 'reg-outliers']);
    expect(presetOptions('softmax3')).toHaveLength(2);
  });
});
