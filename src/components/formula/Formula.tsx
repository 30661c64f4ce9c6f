import { memo, useCallback } from 'react';
import './formula.css';
import { useKatex } from './useKatex';
import { useLiveTypeset } from './useLiveTypeset';
import { withoutMarks } from './liveValues';
import { useOverflowX } from './useOverflowX';

export interface FormulaProps {
  /** TeX source. Numbers marked with `\htmlData{v=name}{…}` (tex.ts, markValues) update in place. */
  readonly tex: string;
  readonly display?: boolean;
  /** What the formula is, read when it is wide enough to scroll and so takes keyboard focus. */
  readonly label?: string;
}

/**
 * TeX in, KaTeX out (display: a block; otherwise an inline span). Until KaTeX has loaded the TeX
 * source shows as code; if it fails to load, the source stays, labelled as such, until a retry
 * brings it (useKatex). A TeX error renders as a visible message in place of the formula, never as a
 * blank or a crash. A display formula wider than its box scrolls sideways and then becomes
 * focusable, so arrow keys scroll it. Moving numbers are kept cheap by useLiveTypeset.
 */
export const Formula = memo(function Formula({ tex, display = true, label }: FormulaProps) {
  const katex = useKatex();
  const { html, shown, ref } = useLiveTypeset(tex, display, katex.status === 'ready' ? katex.render : undefined);
  const [overflowRef, overflow] = useOverflowX<HTMLDivElement>();
  const box = useCallback(
    (node: HTMLDivElement | null) => {
      const unwatch = ref(node);
      const unoverflow = overflowRef(node);
      return () => {
        unwatch?.();
        unoverflow?.();
      };
    },
    [ref, overflowRef],
  );

  if (html === undefined) {
    const source = withoutMarks(tex);
    // A retry under way keeps the failure's wording rather than flicker back to the plain source.
    const failed = katex.status === 'failed' || (katex.status === 'loading' && katex.attempt > 1);
    if (!failed) return <code className="formula formula-pending">{source}</code>;
    const Tag = display ? 'div' : 'span';
    return (
      <Tag className="formula formula-source" title="The typesetter (KaTeX) did not load: this is the formula's TeX source">
        <span className="formula-source-tag">TeX source:</span> <code>{source}</code>
      </Tag>
    );
  }
  if (!display) {
    // Inline: a span, so it can sit inside a label or a sentence.
    return <span ref={ref} className="formula formula-inline" data-tex={shown} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div
      ref={box}
      className="formula"
      data-tex={shown}
      {...(overflow ? { tabIndex: 0, role: 'group', 'aria-label': label ?? 'formula (scrolls sideways)' } : {})}
      // KaTeX's output from our own TeX strings; only \htmlData is trusted (see katexModule).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
