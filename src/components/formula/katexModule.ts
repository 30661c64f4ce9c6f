// Loaded with import() so KaTeX stays out of the first load. Its stylesheet is loaded beside it by
// katexLoader (a link of our own, so that a failed stylesheet can be fetched again).
import katex from 'katex';

/**
 * TeX → HTML (+ MathML for screen readers); errors render in red in place, never throw.
 * Only `\htmlData` is trusted: formulaTex uses it to mark the active branch of a piecewise
 * formula (data-piece / data-active attributes). `\href`, `\url`, `\htmlClass`, `\htmlStyle`,
 * `\htmlId` and `\includegraphics` stay refused.
 */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output: display ? 'htmlAndMathml' : 'html',
    trust: (context) => context.command === '\\htmlData',
    strict: 'ignore',
  });
}
