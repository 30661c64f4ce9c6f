import { useState, type ReactNode } from 'react';
import { withDefaults } from '../../math/tensor';
import { formulaTex, legendTex, renderTex, texToText } from '../../math/tex';
import type { LossSpec, Params } from '../../math/types';
import { CopyButton } from '../code/CopyButton';
import { Formula } from './Formula';
import './formula.css';

export interface FormulaCardProps {
  readonly spec: LossSpec;
  /** Current parameter values by PyTorch name; missing ones take the spec's defaults. */
  readonly params: Params;
  /** Index of the branch active at the crosshair (Profile.piece); nothing is highlighted when omitted. */
  readonly activePiece?: number;
  /**
   * Numbers (true) or symbols (false) in the formulas. Left out, the card keeps its own state
   * (starting on numbers) behind a "Symbols" toggle; given, the toggle shows only with onShowValuesChange.
   */
  readonly showValues?: boolean;
  readonly onShowValuesChange?: (showValues: boolean) => void;
  /** Extra content under the formulas (a description, a link). */
  readonly children?: ReactNode;
}

/** The sentence a screen reader hears when the crosshair moves into another branch. */
export function activeBranchText(spec: LossSpec, piece: number | undefined): string {
  const pieces = spec.tex.value.pieces;
  if (pieces.length < 2 || piece === undefined || !pieces[piece]) return '';
  const when = pieces[piece]!.when;
  return `Active branch of ${spec.title}: ${when ? texToText(renderTex(when, spec)) : 'otherwise'}`;
}

/**
 * A loss's per-sample value and gradient, typeset by KaTeX with the current parameter values
 * (or their symbols, with a "where δ = …" line), the branch active at the crosshair highlighted,
 * and a "Copy LaTeX" button. Stands alone: props in, no store.
 */
export function FormulaCard({ spec, params, activePiece, showValues, onShowValuesChange, children }: FormulaCardProps) {
  const [ownValues, setOwnValues] = useState(true);
  const controlled = showValues !== undefined;
  const values = controlled ? showValues : ownValues;
  const toggleable = !controlled || onShowValuesChange !== undefined;
  const setValues = (v: boolean) => (controlled ? onShowValuesChange?.(v) : setOwnValues(v));

  const current = withDefaults(spec, params);
  const shown = values ? current : undefined;
  const { value, grad } = spec.tex;
  const piecewise = value.pieces.length > 1;
  const active = piecewise && activePiece !== undefined && activePiece >= 0 && activePiece < value.pieces.length
    ? activePiece
    : undefined;
  // Marked values, written to their sliders' precision so they keep their width, let a typeset
  // formula follow a slider in place (Formula, liveValues.ts).
  const marks = { markValues: true, stepPrecision: true };
  const valueTex = formulaTex(value, spec, shown, active, marks);
  const gradTex = formulaTex(grad, spec, shown, active !== undefined && active < grad.pieces.length ? active : undefined, marks);
  const legend = values ? '' : legendTex([value, grad], spec, current, marks);
  // Symbols are copied as shown, with the current values kept in a TeX comment. Built when pressed.
  const copyTex = () =>
    [formulaTex(value, spec, shown), formulaTex(grad, spec, shown), ...(legend ? [`% where ${legendTex([value, grad], spec, current)}`] : [])].join('\n');

  return (
    <figure className="fcard" data-loss={spec.id} data-active-piece={active}>
      <figcaption className="fcard-title">{spec.title}</figcaption>
      <div className="fcard-tools">
        {toggleable && (
          <button type="button" aria-pressed={!values} onClick={() => setValues(!values)}>
            Symbols
          </button>
        )}
        <CopyButton
          text={copyTex}
          label="Copy LaTeX"
          name={`Copy LaTeX for ${spec.title}`}
          fieldLabel={`LaTeX for ${spec.title}`}
        />
      </div>
      <div className="fcard-part">
        <span className="fcard-label">Loss per sample</span>
        <Formula tex={valueTex} label={`${spec.title} loss formula`} />
      </div>
      <div className="fcard-part">
        <span className="fcard-label">Gradient</span>
        <Formula tex={gradTex} label={`${spec.title} gradient formula`} />
      </div>
      {legend && (
        <p className="fcard-where">
          where <Formula tex={legend} display={false} />
        </p>
      )}
      {piecewise && <p className="fcard-sr" aria-live="polite">{activeBranchText(spec, active)}</p>}
      {children}
    </figure>
  );
}
