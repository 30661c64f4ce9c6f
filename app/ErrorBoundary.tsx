import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** What failed, for the message: "the curve explorer", "the left surface". Without it, the whole page. */
  readonly what?: string;
}

interface State {
  readonly error?: Error;
  /** Bumped by "Try again", so the children mount afresh. */
  readonly attempt: number;
}

/**
 * Whether an error is a module that could not be fetched (a lazy view's chunk while offline or after a
 * deploy removed it). Browsers keep such a failure for the page, so only a reload fetches it again.
 */
export function isChunkLoadError(e: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS/i.test(e.message);
}

/**
 * A failure inside shows a message and a way to try again in its place; everything outside (the header,
 * the navigation, the notices, the other panels) keeps working. The outermost one covers the whole page.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private retry = () => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    const { what, children } = this.props;
    if (!error) return <Fragment key={attempt}>{children}</Fragment>;
    if (!what) {
      return (
        <main className="fatal" role="alert">
          <h1>Something went wrong</h1>
          <p>{error.message}</p>
          <p>
            <a href={window.location.pathname}>Start again from the default view</a>
          </p>
        </main>
      );
    }
    if (isChunkLoadError(error)) {
      return (
        <section className="panel-error" role="alert" aria-label={`Error in ${what}`}>
          <p>
            The code of {what} could not be fetched ({error.message}). Check the connection, then reload the
            page; the address keeps the view.
          </p>
          <button type="button" onClick={() => window.location.reload()}>Reload the page</button>
        </section>
      );
    }
    return (
      <section className="panel-error" role="alert" aria-label={`Error in ${what}`}>
        <p>
          Something went wrong in {what}: {error.message}
        </p>
        <button type="button" onClick={this.retry}>Try again</button>
      </section>
    );
  }
}
