import { useId } from 'react';
import { ParamSlider } from '../../../src/components/controls/ParamSlider';
import { formatReadout } from '../../../src/components/readout/CurveReadout';
import {
  LESSON_LAYER,
  dropoutMask,
  expectedTrainOutput,
  monteCarloOutput,
  testOutput,
  trainOutput,
} from '../../../src/math/lessons/regularizationDropout';
import type { FigureProps } from '../types';
import { DropoutNet } from './DropoutNet';
import { KEEP, SEED, STYLES, type RegState } from './state';
import './regularization.css';

/** Masks averaged for the Monte Carlo estimate; its standard error is shown beside it. */
export const DRAWS = 4000;
const STYLE_NAME = { original: 'original (scale by p at test time)', inverted: 'inverted (divide by p while training)' } as const;

/** Step 5: one dropout mask on a layer of 8 units, the training output it gives, and the test-time output. */
export function DropoutFigure({ state, set, revealed, width }: FigureProps<RegState>) {
  const { keep, seed, style } = state;
  const name = useId();
  const units = LESSON_LAYER.activations.length;
  const mask = dropoutMask(seed, units, keep);
  const mc = monteCarloOutput(LESSON_LAYER, keep, style, DRAWS, seed);
  const hide = (v: number) => (revealed ? formatReadout(v) : '?');
  return (
    <div className="reg-figure">
      <div className="reg-controls">
        <fieldset className="reg-choice">
          <legend>Dropout style</legend>
          {STYLES.map((k) => (
            <label key={k}>
              <input type="radio" name={name} checked={style === k} onChange={() => set({ style: k })} /> {STYLE_NAME[k]}
            </label>
          ))}
        </fieldset>
        <ParamSlider spec={KEEP} value={keep} onChange={(v) => set({ keep: v })} />
        <button type="button" onClick={() => set({ seed: seed >= SEED.range[1] ? 1 : seed + 1 })}>
          Draw another mask
        </button>
      </div>
      <div className="reg-extra">
        <DropoutNet layer={LESSON_LAYER} mask={mask} scale={style === 'inverted' ? 1 / keep : 1} width={Math.min(width, 300)} />
        <dl className="reg-readout">
          <div>
            <dt>units kept by this mask</dt>
            <dd><output aria-label="units kept">{mask.filter(Boolean).length}</output> of {units}</dd>
          </div>
          <div>
            <dt>training output h, this mask</dt>
            <dd><output aria-label="training output for this mask">{formatReadout(trainOutput(LESSON_LAYER, mask, keep, style))}</output></dd>
          </div>
          <div>
            <dt>expected training output (exact)</dt>
            <dd><output aria-label="expected training output">{hide(expectedTrainOutput(LESSON_LAYER, keep, style))}</output></dd>
          </div>
          <div>
            <dt>mean over {DRAWS} masks</dt>
            <dd>
              <output aria-label="Monte Carlo mean">{hide(mc.mean)}</output> ± <output aria-label="Monte Carlo standard error">{hide(mc.standardError)}</output>
            </dd>
          </div>
          <div>
            <dt>test-time output (every unit on)</dt>
            <dd><output aria-label="test-time output">{hide(testOutput(LESSON_LAYER, keep, style))}</output></dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
