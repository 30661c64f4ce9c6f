import { useId, type ComponentType } from 'react';
import { BOX_LOSS_IDS, BOX_LOSS_NAME, boxLossRow, boxPieces, type BoxLossId, type BoxPieces } from '../../../src/math/lessons/boxes';
import type { FigureProps } from '../types';
import { BoxCanvas, boxGeometry, BoxRect } from './BoxCanvas';
import { DescentArrows } from './DescentArrows';
import { figureSide, show } from './layout';
import { LossTable } from './LossTable';
import { EXAMPLES, type BoxesState } from './state';
import './boxes.css';

/** The pieces a step lists under the table, each with its label. */
export type PieceKey = 'iou' | 'intersection' | 'union' | 'enclosingArea' | 'emptyShare' | 'rho2' | 'c2' | 'v' | 'alpha';
const PIECE_LABEL: Readonly<Record<PieceKey, string>> = {
  iou: 'IoU = I/(U + ε)',
  intersection: 'intersection I',
  union: 'union U',
  enclosingArea: 'enclosing area A_c',
  emptyShare: 'empty share (A_c − U)/A_c',
  rho2: 'squared centre distance ρ²',
  c2: 'squared diagonal c²',
  v: 'aspect gap v',
  alpha: 'weight α',
};

function Pieces({ p, keys }: { p: BoxPieces; keys: readonly PieceKey[] }) {
  return (
    <dl className="boxes-pieces">
      {keys.map((k) => (
        <div key={k}>
          <dt>{PIECE_LABEL[k]}</dt>
          <dd><output aria-label={PIECE_LABEL[k]}>{show(p[k])}</output></dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The Boxes figure for one step: the plane with both boxes, the four losses and their gradients, the chosen
 * loss's descent arrows, and the pieces this step talks about. While the step's question is open the
 * gradients, the arrows and the enclosing box are hidden.
 */
export function boxesFigure(pieces: readonly PieceKey[]): ComponentType<FigureProps<BoxesState>> {
  return function BoxesFigure({ state, set, revealed, width }: FigureProps<BoxesState>) {
    const selectId = useId();
    const { pred, target, arrows } = state;
    const rows = Object.fromEntries(BOX_LOSS_IDS.map((id) => [id, boxLossRow(id, pred, target)])) as Record<BoxLossId, ReturnType<typeof boxLossRow>>;
    const p = boxPieces(pred, target);
    const inter = p.overlapping
      ? ([Math.max(pred[0], target[0]), Math.max(pred[1], target[1]), Math.min(pred[2], target[2]), Math.min(pred[3], target[3])] as const)
      : undefined;
    const enclosing = [Math.min(pred[0], target[0]), Math.min(pred[1], target[1]), Math.max(pred[2], target[2]), Math.max(pred[3], target[3])] as const;
    const zero = rows[arrows].grad.every((d) => d === 0);
    const side = figureSide(width);
    const g = boxGeometry(side);
    return (
      <div className="boxes-figure">
        <BoxCanvas
          side={side}
          title="Target box and predicted box; drag the predicted box or its edges"
          pred={pred}
          target={target}
          onPred={(b) => set({ pred: b })}
          overlay={
            <>
              {inter && <BoxRect b={inter} g={g} className="boxes-inter" />}
              {revealed && (
                <>
                  <BoxRect b={enclosing} g={g} className="boxes-enclosing" />
                  <line
                    className="boxes-rho"
                    x1={g.x((pred[0] + pred[2]) / 2)}
                    y1={g.y((pred[1] + pred[3]) / 2)}
                    x2={g.x((target[0] + target[2]) / 2)}
                    y2={g.y((target[1] + target[3]) / 2)}
                  />
                  <DescentArrows pred={pred} grad={rows[arrows].grad} g={g} />
                </>
              )}
            </>
          }
        />
        <div className="boxes-side">
          <LossTable rows={rows} arrows={arrows} showGrad={revealed} />
          <p className="boxes-legend">
            <span className="key-target">target</span> <span className="key-pred">prediction</span>{' '}
            {revealed && <span className="key-enclosing">enclosing box</span>}
          </p>
          <div className="boxes-control">
            <label htmlFor={selectId}>Arrows: descent direction of</label>{' '}
            <select id={selectId} value={arrows} onChange={(e) => set({ arrows: e.target.value as BoxLossId })}>
              {BOX_LOSS_IDS.map((id) => (
                <option key={id} value={id}>{BOX_LOSS_NAME[id]}</option>
              ))}
            </select>
          </div>
          {revealed && zero && <p className="boxes-note">{BOX_LOSS_NAME[arrows]}’s gradient is exactly 0 here: no arrows.</p>}
          <div className="boxes-buttons">
            {EXAMPLES.map((e) => (
              <button type="button" key={e.label} onClick={() => set({ pred: e.pred })}>{e.label}</button>
            ))}
          </div>
          <Pieces p={p} keys={pieces} />
        </div>
      </div>
    );
  };
}
