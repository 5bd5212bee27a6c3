import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notice, UNDO_NOTE_MS } from '../../src-renderer/src/components/notice.tsx';
import { SUCCESS_NOTE_MS } from '../../src-renderer/src/components/use-leaves-by-itself.ts';
import { useAppRestartedStore } from '../../src-renderer/src/stores/app-restarted-store.ts';
import { failure, FakeBridge } from './fake-bridge.ts';
import { findSignInHeading, renderApp } from './render-app.tsx';

/** A note that goes away when its Dismiss (or its own time) says so, as the stores' notes do. */
function Dismissible({ variant, leavesAfterMs }: { variant: 'success' | 'error' | 'info'; leavesAfterMs?: number }) {
  return (
    <Notice variant={variant} leavesAfterMs={leavesAfterMs} onDismiss={() => render(<p>gone</p>)}>
      Saved.
    </Notice>
  );
}

describe('a notice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('of success leaves by itself, politely announced', () => {
    render(<Dismissible variant="success" />);
    const note = screen.getByRole('status');
    expect(note.getAttribute('aria-live')).toBe('polite');
    act(() => {
      vi.advanceTimersByTime(SUCCESS_NOTE_MS - 1);
    });
    expect(screen.queryByText('gone')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByText('gone')).toBeTruthy();
  });

  it('of success waits while the pointer or the focus is on it', () => {
    render(<Dismissible variant="success" leavesAfterMs={UNDO_NOTE_MS} />);
    const note = screen.getByRole('status');
    fireEvent.mouseEnter(note);
    act(() => {
      vi.advanceTimersByTime(UNDO_NOTE_MS * 2);
    });
    expect(screen.queryByText('gone')).toBeNull();
    fireEvent.mouseLeave(note);
    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
    act(() => {
      vi.advanceTimersByTime(UNDO_NOTE_MS * 2);
    });
    expect(screen.queryByText('gone')).toBeNull();
    act(() => screen.getByRole('button', { name: 'Dismiss' }).blur());
    act(() => {
      vi.advanceTimersByTime(UNDO_NOTE_MS);
    });
    expect(screen.getByText('gone')).toBeTruthy();
  });

  it('of an error stays until dismissed, as an alert', () => {
    render(<Dismissible variant="error" />);
    act(() => {
      vi.advanceTimersByTime(SUCCESS_NOTE_MS * 10);
    });
    expect(screen.getByRole('alert').textContent).toContain('Saved.');
    expect(screen.queryByText('gone')).toBeNull();
  });
});

describe('the app restarted under the page (browser harness)', () => {
  beforeEach(() => useAppRestartedStore.setState({ restarted: false }));

  it('says so in the notice area when a call is refused for it', async () => {
    renderApp(new FakeBridge().respond('social.providers', () => failure('app_restarted')));
    await findSignInHeading();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The app was restarted, so this page can no longer reach it. Open the address it printed when it started again.',
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
