import { memo } from 'react';
import { Formula } from '../../../src/components/formula/Formula';
import { getLoss } from '../../../src/math/losses';
import { SURFACE_MODELS } from '../../../src/math/surface';
import { formulaTex, texNumber } from '../../../src/math/tex';
import type { SurfaceState } from '../../state/surfaceState';

function regTex(s: SurfaceState, w: string): { r: string; dr: string } {
  const lam = texNumber(s.lambda);
  const rho = texNumber(s.l1_ratio);
  switch (s.reg) {
    case 'none':
      return { r: '', dr: '' };
    case 'l1':
      return { r: ` + ${lam}\\,\\lVert ${w} \\rVert_1`, dr: ` + ${lam}\\,\\operatorname{sign}(${w})` };
    case 'l2':
      return { r: ` + ${lam}\\,\\lVert ${w} \\rVert_2^2`, dr: ` + 2 \\cdot ${lam}\\,${w}` };
    case 'elastic_net':
      return {
        r: ` + ${lam}\\big(${rho}\\lVert ${w} \\rVert_1 + (1 - ${rho})\\lVert ${w} \\rVert_2^2\\big)`,
        dr: ` + ${lam}\\big(${rho}\\operatorname{sign}(${w}) + 2(1 - ${rho})${w}\\big)`,
      };
  }
}

/** The total objective and its gradient for the current model, regularizer and loss. */
export const ObjectiveFormula = memo(function ObjectiveFormula({ s, lossId }: { s: SurfaceState; lossId: string }) {
  const m = SURFACE_MODELS[s.kind].tex;
  const { r, dr } = regTex(s, m.weights);
  const spec = getLoss(lossId);
  const regGrad = dr && m.regGradient !== undefined ? m.regGradient : dr;
  return (
    <div className="objective-formula">
      <Formula tex={`${m.objective}${r}`} />
      <Formula tex={m.gradient.replace('{{reg_grad}}', regGrad)} />
      {spec && <Formula tex={formulaTex(spec.tex.value, spec, s.values[lossId])} />}
      <p className="muted">{m.bias} is never regularized.</p>
    </div>
  );
});
