import { FrameworkCalls } from '../../../src/components/code/FrameworkCalls';
import { FormulaCard } from '../../../src/components/formula/FormulaCard';
import type { DrawnLoss } from './useCurves';

/** Per loss: its formula and gradient (active branch at the cursor highlighted) and framework calls. */
export function FormulasSection({ drawn, cursorX }: { drawn: readonly DrawnLoss[]; cursorX: number }) {
  return (
    <section className="formula-panel" aria-labelledby="formulas-title">
      <h2 id="formulas-title">Formulas and code</h2>
      {drawn.map(({ spec, profile, params }) => (
        <div key={spec.id} className="formula-column">
          <FormulaCard spec={spec} params={params} activePiece={profile.piece?.(cursorX, params)}>
            <p className="description">{spec.description}</p>
            {profile.held && <p className="description">Curve drawn with {profile.held}.</p>}
          </FormulaCard>
          <FrameworkCalls spec={spec} params={params} />
        </div>
      ))}
    </section>
  );
}
