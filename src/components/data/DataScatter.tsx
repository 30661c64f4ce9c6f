import { useId, useMemo, useState } from 'react';
import { checkDataset } from '../../math/surface/edits';
import type { Dataset } from '../../math/surface/types';
import { Axis } from '../charts/Axis';
import { axisLabels } from './classStyle';
import { ScatterFit, type ScatterFitSpec } from './ScatterFit';
import { optionId, ScatterPoints } from './ScatterPoints';
import { ScatterLegend } from './ScatterLegend';
import { defaultHeight, fitDomain, innerSize, MARGINS, pointPixels, scatterFrame, type Domain } from './scatterFrame';
import { useScatterKeyboard, type EditPhase } from './useScatterKeyboard';
import { useScatterPointer } from './useScatterPointer';
import './data.css';

export interface DataScatterProps {
  /** regression: (x, y), d = 1; binary: (x1, x2) with labels ±1; softmax3: (x1, x2) with classes 0..2. */
  readonly dataset: Dataset;
  readonly width: number;
  /** Defaults to about 3:4 of the width (240–480 px). */
  readonly height?: number;
  /** Accessible name of the chart. */
  readonly title: string;
  /** The model's current fit, drawn under the points. */
  readonly fit?: ScatterFitSpec;
  /** Every edit as a NEW dataset: 'drag' while a point moves, 'end' when an edit is complete. Without it the chart is read-only. */
  readonly onChange?: (next: Dataset, phase: EditPhase) => void;
  /** The chosen point (controlled together with onSelect; without onSelect the chart keeps its own). */
  readonly selected?: number;
  readonly onSelect?: (i: number | undefined) => void;
  /** Label given to points added by clicking (binary ±1, softmax3 0..2); default +1 / class 0. */
  readonly addLabel?: number;
  /** A fixed window; without it the window fits the data (and stays still while a point is moved). */
  readonly domain?: Domain;
}

const EMPTY_MESSAGE = 'No points — add one';

/**
 * The dataset as a scatter plot a person edits with pointer or keyboard. One tab stop: a listbox whose
 * options are the points (see scatterKeys.ts for the keys). Bad data shows a message instead of points.
 */
export function DataScatter(props: DataScatterProps) {
  const { dataset, width, title, onChange } = props;
  const height = props.height ?? defaultHeight(width);
  const [iw, ih] = innerSize(width, height);
  const empty = dataset.n === 0 && dataset.x.length === 0 && dataset.y.length === 0;
  const problem = empty ? undefined : checkDataset(dataset);
  const drawable = !empty && problem === undefined;

  const [frozen, setFrozen] = useState<Domain | null>(null);
  const fitted = useMemo(() => fitDomain(drawable ? dataset : { ...dataset, n: 0 }, iw / ih), [dataset, drawable, iw, ih]);
  const domain = props.domain ?? frozen ?? fitted;
  const frame = useMemo(() => scatterFrame(width, height, domain), [width, height, domain]);
  const pixels = useMemo(() => pointPixels(drawable ? dataset : { ...dataset, n: 0 }, frame), [dataset, drawable, frame]);

  const [ownSelected, setOwnSelected] = useState<number>();
  const raw = props.onSelect ? props.selected : ownSelected;
  const selected = drawable && raw !== undefined && raw >= 0 && raw < dataset.n ? raw : undefined;
  const select = props.onSelect ?? setOwnSelected;
  const [announcement, announce] = useState('');

  const keyboard = useScatterKeyboard({ dataset, domain, selected, select, onChange, freeze: setFrozen, announce });
  const pointer = useScatterPointer({
    dataset, frame, domain, pixels, active: drawable || empty, select, onChange, addLabel: props.addLabel, freeze: setFrozen, announce,
  });

  const uid = useId().replace(/[^\w-]/g, '');
  const idBase = `pts-${uid}`;
  const hintId = `hint-${uid}`;
  const [xName, yName] = axisLabels(dataset.kind);
  const message = empty ? EMPTY_MESSAGE : problem;
  const role = drawable
    ? {
        role: 'listbox',
        tabIndex: 0,
        'aria-activedescendant': selected === undefined ? undefined : optionId(idBase, selected),
        ...keyboard.handlers,
      }
    : { role: 'img' };
  const cls = ['data-svg', onChange ? 'editable' : '', keyboard.grabbed !== undefined ? 'grabbing' : ''].filter(Boolean).join(' ');

  return (
    <div className="data-scatter" style={{ maxWidth: width }}>
      <div className="data-plot" style={{ width, height }}>
        <svg className={cls} width={width} height={height} aria-label={title} aria-describedby={problem === undefined ? hintId : undefined} {...role} {...pointer}>
          <g transform={`translate(${MARGINS.left},${MARGINS.top})`}>
            <g aria-hidden="true">
              <g transform={`translate(0,${ih})`}>
                <Axis scale={frame.x} orient="bottom" gridLength={ih} ticks={Math.max(3, Math.round(iw / 70))} />
              </g>
              <Axis scale={frame.y} orient="left" gridLength={iw} ticks={Math.max(3, Math.round(ih / 50))} />
              <text className="axis-label" x={iw / 2} y={ih + 34} textAnchor="middle">{xName}</text>
              <text className="axis-label" transform={`translate(-36,${ih / 2}) rotate(-90)`} textAnchor="middle">{yName}</text>
              <clipPath id={`clip-${uid}`}>
                <rect width={iw} height={ih} />
              </clipPath>
            </g>
            <g clipPath={`url(#clip-${uid})`} role="presentation">
              {drawable && props.fit && <ScatterFit fit={props.fit} kind={dataset.kind} frame={frame} domain={domain} />}
              {drawable && (
                <ScatterPoints dataset={dataset} pixels={pixels} idBase={idBase} selected={selected} grabbed={keyboard.grabbed !== undefined} />
              )}
            </g>
          </g>
        </svg>
        {message && (
          <output className={empty ? 'data-message' : 'data-message data-problem'} style={{ left: MARGINS.left, top: MARGINS.top, width: iw, height: ih }}>
            {message}
          </output>
        )}
      </div>
      {problem === undefined && <ScatterLegend kind={dataset.kind} n={dataset.n} fit={drawable ? props.fit : undefined} />}
      {problem === undefined && (
        <p id={hintId} className="data-hint">
          {onChange
            ? 'Click empty space to add a point, drag a point to move it. Keys: arrows choose a point, Shift+arrows move it (or Enter to grab, arrows, Enter to drop), Delete removes it.'
            : 'Arrow keys choose a point.'}
        </p>
      )}
      <p className="data-sr-only" aria-live="polite">{announcement}</p>
    </div>
  );
}
