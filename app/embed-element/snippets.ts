import type { ViewState } from '../state/view';
import { linkParams } from './attributes';

/** One curves figure as an author writes it: the element's attributes, typed. */
export interface CurvesEmbed {
  readonly loss: readonly string[];
  /** The x-axis, for losses drawn over more than one. */
  readonly axis?: string;
  /** Parameter names whose value is set per loss (`delta.huber`) rather than shared. */
  readonly apart?: readonly string[];
  /** By the link's names: `delta`, or `delta.huber` for a value set apart. */
  readonly params: Readonly<Record<string, number | string>>;
  /** Parameters with a slider; all when left out. */
  readonly controls?: readonly string[];
  readonly panels?: { readonly derivative: boolean; readonly weight: boolean };
  readonly xRange?: readonly [number, number];
  /** Where the cursor starts. */
  readonly at?: number;
  readonly theme?: 'light' | 'dark' | 'auto';
  readonly formula?: boolean;
}

/** The figure of an explorer view, with the given sliders. */
export function embedOfView(view: ViewState, controls?: readonly string[]): CurvesEmbed {
  return {
    loss: view.ids,
    axis: view.axis,
    ...(view.unlinked.length ? { apart: view.unlinked } : {}),
    params: linkParams(view),
    controls,
    panels: view.panels,
    xRange: view.xDomain,
    at: view.cursorX,
  };
}

/** The element's module in a build served at `appUrl` (the app's address, ending in `/`). */
export function moduleUrl(appUrl: string): string {
  return new URL('embed/loss-atlas.js', appUrl).href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const num = (v: number) => String(Number(v.toPrecision(6)));
const panelWords = (p: NonNullable<CurvesEmbed['panels']>) => ['value', ...(p.derivative ? ['derivative'] : []), ...(p.weight ? ['weight'] : [])];

/** The element's attributes in the order an author reads them (name, value; `formula` has none). */
function attributes(e: CurvesEmbed): [string, string | undefined][] {
  return [
    ['loss', e.loss.join(',')],
    ...(e.axis ? [['axis', e.axis] as [string, string]] : []),
    ...(e.apart?.length ? [['apart', e.apart.join(',')] as [string, string]] : []),
    ...Object.entries(e.params).map(([k, v]): [string, string] => [k, typeof v === 'number' ? num(v) : v]),
    ...(e.controls ? [['controls', e.controls.join(',')] as [string, string]] : []),
    ...(e.panels ? [['panels', panelWords(e.panels).join(',')] as [string, string]] : []),
    ...(e.xRange ? [['x-range', e.xRange.map(num).join(',')] as [string, string]] : []),
    ...(e.at !== undefined ? [['at', num(e.at)] as [string, string]] : []),
    ...(e.theme ? [['theme', e.theme] as [string, string]] : []),
    ...(e.formula ? [['formula', undefined] as [string, undefined]] : []),
  ];
}

/** A script tag and the element, for any HTML page (the Share dialog's "element" snippet). */
export function elementSnippet(appUrl: string, e: CurvesEmbed): string {
  const attrs = attributes(e)
    .map(([k, v]) => (v === undefined ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  return `<script type="module" src="${escapeAttr(moduleUrl(appUrl))}"></script>\n<loss-atlas-curves${attrs}></loss-atlas-curves>`;
}

/** The React component's import and use, for React and MDX pages (the Share dialog's "React" snippet). */
export function reactSnippet(appUrl: string, e: CurvesEmbed): string {
  const str = (v: string) => JSON.stringify(v);
  const props = [
    `src=${str(moduleUrl(appUrl))}`,
    `loss=${str(e.loss.join(','))}`,
    ...(e.axis ? [`axis=${str(e.axis)}`] : []),
    ...(e.apart?.length ? [`apart={${JSON.stringify(e.apart)}}`] : []),
    ...(Object.keys(e.params).length
      ? [`params={{ ${Object.entries(e.params).map(([k, v]) => `${/^\w+$/.test(k) ? k : str(k)}: ${typeof v === 'number' ? num(v) : str(v)}`).join(', ')} }}`]
      : []),
    ...(e.controls ? [`controls={${JSON.stringify(e.controls)}}`] : []),
    ...(e.panels ? [`panels={${JSON.stringify(panelWords(e.panels))}}`] : []),
    ...(e.xRange ? [`xRange={[${e.xRange.map(num).join(', ')}]}`] : []),
    ...(e.at !== undefined ? [`at={${num(e.at)}}`] : []),
    ...(e.theme ? [`theme=${str(e.theme)}`] : []),
    ...(e.formula ? ['formula'] : []),
  ];
  return `import { LossAtlasCurves } from 'loss-atlas/embed/react';\n\n<LossAtlasCurves ${props.join(' ')} />`;
}
