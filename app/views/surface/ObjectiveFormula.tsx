import { memo } from 'react';
import { Formula } from '../../../src/components/formula/Formula';
import { getLoss } from '../../../src/math/losses';
import type { ModelKind } from '../../../src/math/surface';
import { formulaTex, texNumber } from '../../../src/math/tex';
import type { SurfaceState } from '../../state/surfaceState';

const MODEL_TEX: Readonly<Record<ModelKind, { j: string; grad: string; w: string }>> = {
  regression: {
    j: 'J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(w x_i + b - y_i\\big)',
    grad: '\\frac{\\partial J}{\\partial w} = \\frac{1}{N}\\sum_i \\ell\'(r_i)\\,x_i{{reg_grad}}, \\quad \\frac{\\partial J}{\\partial b} = \\frac{1}{N}\\sum_i \\ell\'(r_i)',
    w: 'w',
  },
  binary: {
    j: 'J(\\mathbf{w}) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(y_i\\,\\mathbf{w}^\\top \\mathbf{x}_i\\big)',
    grad: '\\nabla J = \\frac{1}{N}\\sum_i \\ell\'(m_i)\\,y_i\\,\\mathbf{x}_i{{reg_grad}}',
    w: '\\mathbf{w}',
  },
  softmax3: {
    j: 'J(\\alpha, \\beta) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell\\big(W\\tilde{\\mathbf{x}}_i, y_i\\big),\\; W = W^{*} + \\alpha D_1 + \\beta D_2',
    grad: '\\frac{\\partial J}{\\partial \\alpha} = \\langle \\nabla_W J, D_1 \\rangle, \\quad \\frac{\\partial J}{\\partial \\beta} = \\langle \\nabla_W J, D_2 \\rangle{{reg_grad}}',
    w: 'W',
  },
};

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
  const m = MODEL_TEX[s.kind];
  const { r, dr } = regTex(s, m.w);
  const spec = getLoss(lossId);
  const gradNote = s.kind === 'softmax3' && dr ? '' : dr;
  return (
    <div className="objective-formula">
      <Formula tex={`${m.j}${r}`} />
      <Formula tex={m.grad.replace('{{reg_grad}}', s.kind === 'softmax3' ? (dr ? ' + \\lambda\\langle\\nabla R(W), D\\rangle' : '') : gradNote)} />
      {spec && <Formula tex={formulaTex(spec.tex.value, spec, s.values[lossId])} />}
      <p className="muted">The bias{s.kind === 'softmax3' ? ' column of W' : ''} is never regularized.</p>
    </div>
  );
});
