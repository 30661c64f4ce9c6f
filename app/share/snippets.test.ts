import { describe, expect, it } from 'vitest';
import { decodeView } from '../state/urlCodec';
import { elementSnippet, reactSnippet } from '../embed-element/snippets';
import { cssWidth, curvesEmbedOf, embedLink, escapeAttr, iframeSnippet, linkTo } from './snippets';

const BASE = 'https://example.org/atlas/';

describe('escapeAttr', () => {
  it('escapes everything that could end an attribute or open a tag', () => {
    expect(escapeAttr(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
    expect(escapeAttr('&amp;')).toBe('&amp;amp;');
  });
});

describe('links', () => {
  it('resolve a view’s query on the app’s address, with embed and controls for an iframe', () => {
    expect(linkTo(BASE, '?v=2&loss=huber')).toBe('https://example.org/atlas/?v=2&loss=huber');
    expect(embedLink(BASE, '?v=2&loss=huber&delta=1.5', ['delta', 'readout'])).toBe('https://example.org/atlas/?v=2&loss=huber&delta=1.5&embed=1&controls=delta,readout');
    expect(embedLink(BASE, '?v=2&loss=huber', undefined)).toBe('https://example.org/atlas/?v=2&loss=huber&embed=1');
    // An embed link made again from an embed keeps one set of display keys.
    expect(embedLink(BASE, '?v=2&loss=huber&embed=1&controls=loss', ['delta'])).toBe('https://example.org/atlas/?v=2&loss=huber&embed=1&controls=delta');
  });
});

describe('iframeSnippet', () => {
  it('escapes the address and the title and sizes the frame', () => {
    const html = iframeSnippet('https://x.org/?a=1&b="2"', 'Huber <vs> "MSE"', { width: '640', height: 480.4 });
    expect(html).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" title="Huber &lt;vs&gt; &quot;MSE&quot;" style="width: 640px; height: 480px; border: 0;" loading="lazy"></iframe>',
    );
  });

  it('takes only plain lengths for the width and a positive height', () => {
    expect(cssWidth('100%')).toBe('100%');
    expect(cssWidth(' 40rem ')).toBe('40rem');
    expect(cssWidth('320')).toBe('320px');
    expect(cssWidth('1px; background: url(x)')).toBe('100%');
    expect(cssWidth('')).toBe('100%');
    expect(iframeSnippet('https://x.org/', 't', { width: '100%', height: Number.NaN })).toContain('height: 480px');
    expect(iframeSnippet('https://x.org/', 't', { width: '100%', height: -5 })).toContain('height: 480px');
  });
});

describe('the curves element of an explorer view', () => {
  const view = decodeView('?v=2&loss=huber,mse&axis=residual&delta=1.5&x=-4,4&at=2&panels=loss,d').state;
  const APP = 'https://example.org/atlas/';

  it('carries the losses, the axis, each parameter, the chosen sliders, the panels, the x-range and the cursor', () => {
    expect(elementSnippet(APP, curvesEmbedOf(view, ['delta', 'readout']))).toBe(
      '<script type="module" src="https://example.org/atlas/embed/loss-atlas.js"></script>\n' +
        '<loss-atlas-curves loss="huber,mse" axis="residual" delta="1.5" controls="delta" panels="value,derivative" x-range="-4,4" at="2"></loss-atlas-curves>',
    );
    expect(reactSnippet(APP, curvesEmbedOf(view, ['delta']))).toBe(
      "import { LossAtlasCurves } from 'loss-atlas/embed/react';\n\n" +
        '<LossAtlasCurves src="https://example.org/atlas/embed/loss-atlas.js" loss="huber,mse" axis="residual" params={{ delta: 1.5 }} controls={["delta"]} panels={["value","derivative"]} xRange={[-4, 4]} at={2} />',
    );
  });

  it('writes a parameter set apart per loss with `apart`, its slider by the parameter\'s name, and formula as a bare attribute', () => {
    const apart = decodeView('?v=2&loss=hinge,squared_hinge&axis=margin&apart=margin&margin.hinge=1&margin.squared_hinge=2&panels=loss,d,w').state;
    const html = elementSnippet(APP, curvesEmbedOf(apart, ['margin.hinge', 'formula', 'loss']));
    expect(html).toContain('apart="margin" margin.hinge="1" margin.squared_hinge="2" controls="margin" panels="value,derivative,weight"');
    expect(html).toMatch(/ formula><\/loss-atlas-curves>$/);
  });

  it('leaves controls out when the view has none to choose, so the element shows its default sliders', () => {
    expect(curvesEmbedOf(view, undefined).controls).toBeUndefined();
    expect(elementSnippet(APP, curvesEmbedOf(view, undefined))).not.toContain('controls=');
  });
});
