import { BOX_LOSS_IDS, BOX_LOSS_NAME, type BoxLossId, type BoxLossRow } from '../../../src/math/lessons/boxes';
import { show } from './layout';

interface LossTableProps {
  readonly rows: Readonly<Record<BoxLossId, BoxLossRow>>;
  /** The loss whose arrows are drawn: its row is marked. */
  readonly arrows: BoxLossId;
  /** False while the step's question is open: the gradients are hidden. */
  readonly showGrad: boolean;
}

const COORDS = ['x1', 'y1', 'x2', 'y2'] as const;

/** The four losses of the pair and their gradients with respect to the predicted box's coordinates. */
export function LossTable({ rows, arrows, showGrad }: LossTableProps) {
  return (
    <div className="boxes-table-wrap">
      <table className="boxes-table">
        <caption>Losses and their gradient with respect to the predicted box</caption>
        <thead>
          <tr>
            <th scope="col">loss</th>
            <th scope="col">value</th>
            {COORDS.map((c) => (
              <th scope="col" key={c}>∂/∂{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BOX_LOSS_IDS.map((id) => {
            const r = rows[id];
            const name = BOX_LOSS_NAME[id];
            return (
              <tr key={id} className={id === arrows ? 'is-arrows' : undefined}>
                <th scope="row">{name}</th>
                <td><output aria-label={`${name} value`}>{show(r.value)}</output></td>
                {COORDS.map((c, k) => (
                  <td key={c}>{showGrad ? <output aria-label={`${name} ∂/∂${c}`}>{show(r.grad[k]!)}</output> : '?'}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
