import { useMemo } from 'react';
import { useKatex } from './useKatex';

export interface FormulaProps {
  /** TeX source. */
  readonly tex: string;
  readonly display?: boolean;
}

/**
 * Typesets TeX with KaTeX. Until KaTeX has loaded the TeX source shows as code; a TeX error
 * renders as a visible message in place of the formula, never as a blank or a crash.
 */
export function Formula({ tex, display = true }: FormulaProps) {
  const render = useKatex();
  const html = useMemo(() => render?.(tex, display), [render, tex, display]);
  if (html === undefined) {
    return <code className="formula formula-pending">{tex}</code>;
  }
  return (
    <div
      className="formula"
      data-tex={tex}
      // KaTeX's output from our own TeX strings; `trust: false` keeps \href and friends out.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
