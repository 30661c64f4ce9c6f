import { CLASS_NAMES, type CtcPicture } from '../../../src/math/lessons/ctc';

/** The column heads of a frame × class table: “frame”, then ε, A, B, C. */
export function FrameClassHeader() {
  return (
    <thead>
      <tr>
        <th scope="col">frame</th>
        {CLASS_NAMES.map((n) => (
          <th key={n} scope="col">
            {n}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const two = (v: number) => v.toFixed(2);

/** γ_t(s) as a table, rows the lattice's extended labels and columns the frames: what the heatmap shows, in numbers. */
export function PosteriorTable({ picture }: { picture: CtcPicture }) {
  const { ext } = picture.lattice;
  return (
    <details className="ctc-details">
      <summary>The lattice’s posteriors as a table</summary>
      <div className="ctc-scroll">
        <table className="ctc-numbers">
          <caption>Posterior γ of each lattice node (columns: frames)</caption>
          <thead>
            <tr>
              <th scope="col">row</th>
              {picture.gamma.map((_, t) => (
                <th key={t} scope="col" aria-label={`frame ${t + 1}`}>
                  {t + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ext.map((k, s) => (
              <tr key={s}>
                <th scope="row">
                  {s + 1}: {CLASS_NAMES[k]}
                </th>
                {picture.gamma.map((col, t) => (
                  <td key={t}>{two(col[s]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A gradient entry to 3 decimals, with a typographic minus; zero when it rounds to zero. */
const three = (g: number) => (Math.abs(g) < 5e-4 ? '0.000' : g.toFixed(3).replace('-', '−'));

/** The sign of a gradient entry as the learner reads it: a descent step raises a logit whose gradient is negative. */
const arrow = (g: number) => (g < -5e-4 ? '↑' : g > 5e-4 ? '↓' : '·');

/** ∂loss/∂z per frame and class, each with the way a gradient-descent step moves that logit. */
export function GradientTable({ picture, revealed }: { picture: CtcPicture; revealed: boolean }) {
  return (
    <div className="ctc-scroll">
      <table className="ctc-numbers ctc-gradient">
        <caption>∂loss/∂z per frame (↑: a descent step raises that logit)</caption>
        <FrameClassHeader />
        <tbody>
          {picture.grad.map((row, t) => (
            <tr key={t}>
              <th scope="row">{t + 1}</th>
              {row.map((g, k) => (
                <td key={k} className={revealed && g < -5e-4 ? 'ctc-up' : undefined}>
                  {revealed ? `${arrow(g)} ${three(g)}` : '?'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
