import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBridge, ok } from './fake-bridge.ts';
import { findSignInHeading, renderApp } from './render-app.tsx';

describe('mock backend panel: two-step codes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists each account’s current code with its seconds left, asks again when it ends, and on Refresh', async () => {
    // Only the clock and the once-a-second tick are faked; Testing Library keeps its real timeouts.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2025-06-01T12:00:18Z') });
    const codes = ['492039', '118342', '907115'];
    let asked = 0;
    const bridge = new FakeBridge().respond('mock.twoFactorCodes', () => {
      const code = codes[asked++] ?? '000000';
      // The step ends at the next multiple of 30 seconds.
      const end = Math.ceil((Date.now() + 1) / 30_000) * 30_000;
      return ok([{ login: 'erin@example.com', code, validUntil: new Date(end).toISOString() }]);
    });
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));

    const part = await screen.findByRole('region', { name: 'Two-step codes' });
    const list = await within(part).findByRole('list', { name: 'Two-step codes' });
    expect(list.textContent).toBe('erin@example.com: 492 039, valid for 12 s');

    act(() => {
      vi.advanceTimersByTime(11_000);
    });
    expect(list.textContent).toBe('erin@example.com: 492 039, valid for 1 s');
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
