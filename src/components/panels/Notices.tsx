export interface NoticeItem {
  readonly id: number;
  readonly text: string;
}

export interface NoticesProps {
  readonly notices: readonly NoticeItem[];
  readonly onDismiss: (id: number) => void;
}

/** How many notices show at once; the rest are counted, and move up as these are dismissed. */
export const SHOWN_NOTICES = 5;

/** What the app changed or refused, each dismissable. Text only: nothing from a link becomes HTML. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  const more = notices.length - SHOWN_NOTICES;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.slice(0, SHOWN_NOTICES).map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={`Dismiss notice: ${n.text}`}>
            Dismiss
          </button>
        </p>
      ))}
      {more > 0 && <p className="notice-more">and {more} more</p>}
    </section>
  );
}
