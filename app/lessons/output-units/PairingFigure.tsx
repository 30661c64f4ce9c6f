import { useMemo, type ReactNode } from 'react';
import { CurvePanels, type PanelCurve } from '../../../src/components/charts/CurvePanels';
import { seriesColor } from '../../../src/components/charts/palette';
import { logitGrid, sampleOn, type ValueGrad } from '../../../src/math/lessons/outputUnits';
import { DOMAIN, snapZ } from './state';

export interface Pairing {
  readonly id: string;
  readonly label: string;
  /** The loss over the logit, everything else held. */
  readonly f: (z: number) => ValueGrad;
  /** A wrong pairing: drawn dashed. */
  readonly wrong?: boolean;
}

const GRID = logitGrid(DOMAIN[0], DOMAIN[1]);

export interface PairingFigureProps {
  readonly title: string;
  readonly xLabel: string;
  /** The pairings; `key` changes whenever what they compute changes (their functions are rebuilt each render). */
  readonly pairings: readonly Pairing[];
  readonly curveKey: string;
  readonly z: number;
  readonly onZ: (z: number) => void;
  readonly width: number;
  readonly controls?: ReactNode;
  /** Readouts under the chart. */
  readonly children?: ReactNode;
}

/** A unit's right loss (solid) and wrong pairings (dashed) over the logit, loss and derivative panels, with readouts. */
export function PairingFigure({ title, xLabel, pairings, curveKey, z, onZ, width, controls, children }: PairingFigureProps) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- curveKey names everything the pairings compute from
  const curves = useMemo<PanelCurve[]>(() => pairings.map((p, i) => curve(p, i)), [curveKey]);
  return (
    <div className="units-figure">
      {controls && <div className="units-controls">{controls}</div>}
      <CurvePanels
        curves={curves}
        xLabel={xLabel}
        xDomain={DOMAIN}
        cursorX={z}
        onCursor={(v) => onZ(snapZ(v))}
        panels={{ derivative: true, weight: false }}
        width={width}
        title={title}
        height={Math.round(Math.min(240, width * 0.36))}
      />
      {children}
    </div>
  );
}

function curve(p: Pairing, i: number): PanelCurve {
  const s = sampleOn(GRID, p.f);
  return { id: p.id, label: p.wrong ? `${p.label} (wrong pair)` : p.label, color: seriesColor(i), x: GRID, value: s.value, derivative: s.grad, dashed: p.wrong };
}
