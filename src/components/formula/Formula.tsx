import { useMemo } from 'react';
import './formula.css';
import { useKatex } from './useKatex';
import { useOverflowX } from './useOverflowX';

export interface FormulaProps {
  /** TeX source. */
  readonly tex: string;
  readonly display?: boolean;
  /** What the formula is, read when it is wide enough to scroll and so takes keyboard focus. */
  readonly label?: string;
}

/**
 * Typesets TeX with KaTeX (display: a block; otherwise an inline span). Until KaTeX has loaded the TeX source shows as code; a TeX error
 * renders as a visible message in place of the formula, never as a blank or a crash. A display
 * formula wider than its box scrolls sideways and then becomes focusable, so arrow keys scroll it.
 */
export function Formula({ tex, display = true, label }: FormulaProps) {
  const render = useKatex();
  const html = useMemo(() => render?.(tex, display), [render, tex, display]);
  const [box, overflow] = useOverflowX<HTMLDivElement>();
  if (html === undefined) {
    return <code className="formula formula-pending">{tex}</code>;
  }
  if (!display) {
    // Inline: a span, so it can sit inside a label or a sentence.
    return <span className="formula formula-inline" data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div
      ref={box}
      className="formula"
      data-tex={tex}
      {...(overflow ? { tabIndex: 0, role: 'group', 'aria-label': label ?? 'formula (scrolls sideways)' } : {})}
      // KaTeX's output from our own TeX strings; only \htmlData is trusted (see katexModule).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
