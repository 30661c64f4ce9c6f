import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAttributes } from './attributes';
import { elementSnippet, embedOfView, moduleUrl, reactSnippet } from './snippets';

const APP = 'https://example.org/atlas/';

/** The element's attributes in a snippet, as a browser would parse them (values are unescaped). */
function attributesOf(snippet: string): Record<string, string> {
  const tag = /<loss-atlas-curves([^>]*)>/.exec(snippet)![1]!;
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return Object.fromEntries([...tag.matchAll(/\s([\w.-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? '')]));
}

describe('embed snippets', () => {
  it('load the module from the app and write the element', () => {
    expect(moduleUrl(APP)).toBe('https://example.org/atlas/embed/loss-atlas.js');
    expect(elementSnippet(APP, { loss: ['huber'], params: { delta: 1.5 }, controls: ['delta'] })).toBe(
      '<script type="module" src="https://example.org/atlas/embed/loss-atlas.js"></script>\n' +
        '<loss-atlas-curves loss="huber" delta="1.5" controls="delta"></loss-atlas-curves>',
    );
  });

  it('give an element that shows the same view again', () => {
    const view = readAttributes({ loss: 'hinge,squared_hinge', apart: 'margin', 'margin.hinge': '0.5', 'x-range': '-2,3', panels: 'value,weight' }).view;
    const snippet = elementSnippet(APP, { ...embedOfView(view, ['margin']), theme: 'dark', formula: true });
    const attrs = attributesOf(snippet);
    expect(attrs).toMatchObject({ controls: 'margin', theme: 'dark', formula: '' });
    const again = readAttributes(attrs);
    expect(again.notices).toEqual([]);
    expect(again.view.values).toEqual(view.values);
    expect(again.view.xDomain).toEqual([-2, 3]);
    expect(again.view.panels).toEqual(view.panels);
    expect(again.view.axis).toBe(view.axis);
    expect(again.view.cursorX).toBe(view.cursorX);
  });

  it('escape attribute values', () => {
    expect(elementSnippet(APP, { loss: ['bce'], params: { reduction: 'a"<b&' } })).toContain('reduction="a&quot;&lt;b&amp;"');
  });

  it('import the React component by the name package.json exports', () => {
    expect(reactSnippet(APP, { loss: ['huber', 'mse'], params: { delta: 1.5, 'margin.hinge': 2 }, controls: ['delta'], xRange: [-4, 4], formula: true })).toBe(
      "import { LossAtlasCurves } from 'loss-atlas/embed/react';\n\n" +
        '<LossAtlasCurves src="https://example.org/atlas/embed/loss-atlas.js" loss="huber,mse" params={{ delta: 1.5, "margin.hinge": 2 }} controls={["delta"]} xRange={[-4, 4]} formula />',
    );
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; exports: Record<string, string> };
    expect(pkg.name).toBe('loss-atlas');
    expect(pkg.exports['./embed/react']).toBe('./app/embed-element/react.tsx');
  });
});
