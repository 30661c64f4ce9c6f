import { useLayoutEffect, useRef } from 'react';
import katexCss from 'katex/dist/katex.min.css?url';
import codeCss from '../../src/components/code/code.css?inline';
import { FormulaCard } from '../../src/components/formula/FormulaCard';
import formulaCss from '../../src/components/formula/formula.css?inline';
import type { DrawnCurve } from './sampledCurves';

let sheet: CSSStyleSheet | undefined;

/**
 * The styles the cards need in the shadow root they are drawn in: the cards' own (adopted) and KaTeX's
 * (a link; KaTeX's fonts are declared on the document by its loader, since @font-face in a shadow root
 * is ignored). Outside a shadow root the app's document styles apply and nothing is added.
 */
function useShadowStyles() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(`${formulaCss}\n${codeCss}`);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (!root.querySelector('link[data-katex]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = katexCss;
      link.dataset.katex = '';
      root.prepend(link);
    }
  }, []);
  return ref;
}

/** The typeset formula of each drawn loss, with live values and the branch active at the cursor. Loaded only with `formula`. */
export default function FormulaCards({ drawn, cursorX }: { drawn: readonly DrawnCurve[]; cursorX: number }) {
  const ref = useShadowStyles();
  return (
    <div className="la-formulas" ref={ref}>
      {drawn.map(({ spec, profile, params }) => (
        <FormulaCard key={spec.id} spec={spec} params={params} activePiece={profile.piece?.(cursorX, params)} />
      ))}
    </div>
  );
}
