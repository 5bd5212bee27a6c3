/** What stands in for a page that cannot be shown, and what the person can do about it. */
export type StandInState =
  | { kind: 'opening'; text: string }
  | { kind: 'failed'; text: string; retryLabel: string }
  | { kind: 'closed'; text: string; openLabel: string };

interface ViewStandInProps {
  state: StandInState;
  /** Opens the page again; without it a closed page offers nothing (e.g. a deleted portal). */
  onOpen?: (() => void) | undefined;
}

/** In the stage while a portal's (or the Network's) page is opening, failed to open, or is not open. */
export function ViewStandIn({ state, onOpen }: ViewStandInProps) {
  switch (state.kind) {
    case 'opening':
      return (
        <div className="portal-stand-in" role="status">
          <span className="spinner" aria-hidden="true" />
          <p>{state.text}</p>
        </div>
      );
    case 'failed':
      return (
        <div className="portal-stand-in" role="alert">
          <p>{state.text}</p>
          {onOpen && (
            <button type="button" className="button-secondary" onClick={onOpen}>
              {state.retryLabel}
            </button>
          )}
        </div>
      );
    case 'closed':
      return (
        <div className="portal-stand-in">
          <p>{state.text}</p>
          {onOpen && (
            <button type="button" className="button-primary" onClick={onOpen}>
              {state.openLabel}
            </button>
          )}
        </div>
      );
  }
}
