import { useId, useRef, useState, type KeyboardEvent, memo } from 'react';
import { withDefaults } from '../../math/tensor';
import { renderCall } from '../../math/tex';
import type { FrameworkCalls as Calls, LossSpec, Params } from '../../math/types';
import { CopyButton } from './CopyButton';
import { useRested } from './useRested';
import './code.css';

export interface FrameworkCallsProps {
  readonly spec: LossSpec;
  /** Current parameter values by PyTorch name; missing ones take the spec's defaults. */
  readonly params: Params;
}

type Framework = keyof Calls;

/**
 * How long the parameters must rest before the shown call follows them. While a slider is dragged
 * the call on screen keeps its last value (its repaint would widen every frame's redraw down to the
 * code); the copy button always copies the current one.
 */
const CODE_REST_MS = 150;

export const FRAMEWORKS: readonly { readonly key: Framework; readonly label: string }[] = [
  { key: 'pytorch', label: 'PyTorch' },
  { key: 'keras', label: 'Keras' },
  { key: 'tfjs', label: 'TF.js' },
];

/** "PyTorch has no built-in Hinge loss." — the line shown where a framework lacks the loss. */
export function missingLine(label: string, spec: Pick<LossSpec, 'title' | 'family'>): string {
  const noun = spec.family === 'regularization' || /\bloss$/i.test(spec.title) ? '' : ' loss';
  return `${label} has no built-in ${spec.title}${noun}.`;
}

/** Index of the tab a key moves to (arrows wrap, Home/End jump), or undefined for other keys. */
export function nextTab(key: string, current: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The loss as a call in PyTorch, Keras and TF.js with the current parameter values, in ARIA tabs
 * (arrow keys, Home and End move between them). Each panel has its convention note, if any, and a
 * copy button; a framework without the loss says so.
 */
export const FrameworkCalls = memo(function FrameworkCalls({ spec, params }: FrameworkCallsProps) {
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [chosen, setChosen] = useState<Framework | undefined>(undefined);
  const selected = chosen ?? FRAMEWORKS.find((f) => spec.calls[f.key])?.key ?? 'pytorch';
  const values = withDefaults(spec, params);
  const openCall = spec.calls[selected];
  const liveCode = openCall ? renderCall(openCall.code, values) : '';
  const shown = useRested(liveCode, selected, CODE_REST_MS);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const current = FRAMEWORKS.findIndex((f) => f.key === selected);
    const next = nextTab(e.key, current, FRAMEWORKS.length);
    if (next === undefined) return;
    e.preventDefault();
    setChosen(FRAMEWORKS[next]!.key);
    tabs.current[next]?.focus();
  };

  return (
    <section className="fwcalls" aria-label={`Framework calls for ${spec.title}`} data-loss={spec.id}>
      <div className="fwcalls-tabs" role="tablist" aria-label={`Framework for ${spec.title}`}>
        {FRAMEWORKS.map((f, i) => (
          <button
            key={f.key}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${f.key}`}
            aria-controls={`${id}-panel-${f.key}`}
            aria-selected={f.key === selected}
            tabIndex={f.key === selected ? 0 : -1}
            className={spec.calls[f.key] ? undefined : 'fwcalls-absent'}
            onClick={() => setChosen(f.key)}
            onKeyDown={onKeyDown}
          >
            {f.label}
          </button>
        ))}
      </div>
      {FRAMEWORKS.map((f) => {
        const call = spec.calls[f.key];
        // Hidden panels stay empty: a slider moving would otherwise rewrite three calls per frame.
        const open = f.key === selected;
        return (
          <div
            key={f.key}
            role="tabpanel"
            id={`${id}-panel-${f.key}`}
            aria-labelledby={`${id}-tab-${f.key}`}
            hidden={!open}
            className="fwcalls-panel"
          >
            {!call ? (
              <p className="fwcalls-missing">{missingLine(f.label, spec)}</p>
            ) : open ? (
              <>
                <pre className="fwcalls-code"><code>{shown}</code></pre>
                {call.note && <p className="fwcalls-note"><strong>Note:</strong> {call.note}</p>}
                <CopyButton
                  text={() => liveCode}
                  label="Copy code"
                  name={`Copy code for ${spec.title} in ${f.label}`}
                  fieldLabel={`${f.label} code for ${spec.title}`}
                />
              </>
            ) : null}
          </div>
        );
      })}
    </section>
  );
});
