import { memo } from 'react';
import { LossNotes } from '../../../src/components/catalog/LossNotes';
import { FrameworkCalls } from '../../../src/components/code/FrameworkCalls';
import { FormulaCard } from '../../../src/components/formula/FormulaCard';
import type { LossSpec, Params, Profile } from '../../../src/math/types';
import { figuresShowing } from '../../lessons/lossFigures';
import type { DrawnLoss } from './useCurves';

interface ColumnProps {
  readonly spec: LossSpec;
  readonly profile: Profile;
  readonly params: Params;
  readonly activePiece: number | undefined;
}

/**
 * One loss's formula card and calls; re-renders only when its own parameters or branch change.
 * While a slider moves, the typeset numbers are rewritten in place every frame (Formula), so the
 * formulas keep step with the curves without a KaTeX run per frame.
 */
const FormulaColumn = memo(function FormulaColumn({ spec, profile, params, activePiece }: ColumnProps) {
  return (
    <div className="formula-column">
      <FormulaCard spec={spec} params={params} activePiece={activePiece}>
        <p className="description">{spec.description}</p>
        {profile.held && <p className="description">Curve drawn with {profile.held}.</p>}
        <LossNotes spec={spec} seeAlso={figuresShowing(spec.id)} />
      </FormulaCard>
      <FrameworkCalls spec={spec} params={params} />
    </div>
  );
});

interface SectionProps {
  readonly drawn: readonly DrawnLoss[];
  readonly cursorX: number;
  /** Only the heading for now: the formulas wait until the chart has been painted and KaTeX is in. */
  readonly deferred?: boolean;
}

/** Per loss: its formula and gradient (active branch at the cursor highlighted) and framework calls. */
export function FormulasSection({ drawn, cursorX, deferred = false }: SectionProps) {
  return (
    <section className="formula-panel" aria-labelledby="formulas-title" aria-busy={deferred}>
      <h2 id="formulas-title">Formulas and code</h2>
      {!deferred && drawn.map(({ spec, profile, params }) => (
        <FormulaColumn key={spec.id} spec={spec} profile={profile} params={params} activePiece={profile.piece?.(cursorX, params)} />
      ))}
    </section>
  );
}
