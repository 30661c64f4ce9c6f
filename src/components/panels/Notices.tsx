export interface NoticeItem {
  readonly id: number;
  readonly text: string;
}

export interface NoticesProps {
  readonly notices: readonly NoticeItem[];
  readonly onDismiss: (id: number) => void;
}

/** What the app changed or refused, each dismissable. Text only: nothing from a link becomes HTML. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={`Dismiss notice: ${n.text}`}>
            Dismiss
          </button>
        </p>
      ))}
    </section>
  );
}
