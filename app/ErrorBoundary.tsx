import { Component, type ReactNode } from 'react';

interface State {
  readonly error?: Error;
}

/** Last line of defence: a failure anywhere shows a message and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="fatal" role="alert">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href={window.location.pathname}>Start again from the default view</a>
        </p>
      </main>
    );
  }
}
