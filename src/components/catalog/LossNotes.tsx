import './catalog.css';
import type { LossSpec } from '../../math/types';

export interface LossNotesProps {
  readonly spec: LossSpec;
  /** Figures elsewhere in the app that show this loss, as links ("Boxes: IoU to CIoU"). */
  readonly seeAlso?: readonly { readonly label: string; readonly href: string }[];
}

/** A loss card's practical notes: when to use it, what to watch out for, where it comes from, where to see more. */
export function LossNotes({ spec, seeAlso = [] }: LossNotesProps) {
  const { useWhen, watchOut, source } = spec;
  if (!useWhen && !watchOut && !source && seeAlso.length === 0) return null;
  return (
    <dl className="loss-notes" aria-label={`Notes on ${spec.title}`}>
      {useWhen && (
        <>
          <dt>Use it when</dt>
          <dd>{useWhen}</dd>
        </>
      )}
      {watchOut && (
        <>
          <dt>Watch out for</dt>
          <dd>{watchOut}</dd>
        </>
      )}
      {source && (
        <>
          <dt>From</dt>
          <dd>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.label}
              </a>
            ) : (
              source.label
            )}
          </dd>
        </>
      )}
      {seeAlso.length > 0 && (
        <>
          <dt>See it in</dt>
          {seeAlso.map((s) => (
            <dd key={s.href}>
              <a href={s.href}>{s.label}</a>
            </dd>
          ))}
        </>
      )}
    </dl>
  );
}
