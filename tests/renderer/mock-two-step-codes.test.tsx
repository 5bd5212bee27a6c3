import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBridge, ok } from './fake-bridge.ts';
import { findSignInHeading, renderApp } from './render-app.tsx';

describe('mock backend panel: two-step codes', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lists each account’s current code with its seconds left, asks again when it ends, and on Refresh', async () => {
    // The clock, the once-a-second countdown and the panel's timer to the code's end are faked;
    // user-event moves the fake timers on for its own pauses, and Testing Library for its waits (it
    // does so for a global `jest` with fake timers, as Vitest's are).
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'], now: new Date('2025-06-01T12:00:18Z') });
    const codes = ['492039', '118342', '907115'];
    let asked = 0;
    const bridge = new FakeBridge().respond('mock.twoFactorCodes', () => {
      const code = codes[asked++] ?? '000000';
      // The step ends at the next multiple of 30 seconds.
      const end = Math.ceil((Date.now() + 1) / 30_000) * 30_000;
      return ok([{ login: 'erin@example.com', code, validUntil: new Date(end).toISOString() }]);
    });
    renderApp(bridge);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));

    const part = await screen.findByRole('region', { name: 'Two-step codes' });
    const list = await within(part).findByRole('list', { name: 'Two-step codes' });
    expect(list.textContent).toBe('erin@example.com: 492 039, valid for 12 s');

    act(() => {
      vi.advanceTimersByTime(11_000);
    });
    expect(list.textContent).toBe('erin@example.com: 492 039, valid for 1 s');
    expect(bridge.callsTo('mock.twoFactorCodes')).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(await within(part).findByText('erin@example.com: 118 342, valid for 30 s')).toBeTruthy();
    expect(bridge.callsTo('mock.twoFactorCodes')).toHaveLength(2);

    await user.click(within(part).getByRole('button', { name: 'Refresh' }));
    expect(await within(part).findByText('erin@example.com: 907 115, valid for 30 s')).toBeTruthy();
    expect(bridge.callsTo('mock.twoFactorCodes')).toHaveLength(3);
  });

  it('says so when no account has two-step on', async () => {
    const bridge = new FakeBridge().respond('mock.twoFactorCodes', () => ok([]));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));

    const part = await screen.findByRole('region', { name: 'Two-step codes' });
    expect(await within(part).findByText('No account has two-step verification on.')).toBeTruthy();
  });
});
