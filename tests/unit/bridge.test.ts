import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../src-preload/bridge.ts';
import type { BridgeTransport } from '../../src-preload/bridge-api.ts';
import { ok } from '../../src-preload/contract.ts';

function recordingTransport() {
  const calls: Array<[string, unknown]> = [];
  const transport: BridgeTransport = {
    invoke: vi.fn(async (channel: string, request: unknown) => {
      calls.push([channel, request]);
      return ok(`answer ${calls.length} to ${channel}`);
    }),
    subscribe: vi.fn(() => () => {}),
  };
  return { transport, calls };
}

describe('createBridge', () => {
  it('asks for the app info and the session at once, and hands those answers to the first callers', async () => {
    const { transport, calls } = recordingTransport();
    const bridge = createBridge(transport);
    expect(calls.map(([channel]) => channel)).toEqual(['app.info', 'session.get']);

    expect(await bridge.session.get()).toEqual(ok('answer 2 to session.get'));
    expect(calls).toHaveLength(2);
    // Only the first caller gets the early answer; later ones ask main again.
    expect(await bridge.session.get()).toEqual(ok('answer 3 to session.get'));
    expect(await bridge.app.info()).toEqual(ok('answer 1 to app.info'));
  });

  it('maps namespace.method to the channel and passes the request through', async () => {
    const { transport, calls } = recordingTransport();
    const bridge = createBridge(transport);
    await bridge.session.signIn({ login: 'a', password: 'b' });
    expect(calls.at(-1)).toEqual(['session.signIn', { login: 'a', password: 'b' }]);
  });

  it('refuses to subscribe to an event the contract does not have', () => {
    const { transport } = recordingTransport();
    const bridge = createBridge(transport);
    expect(() => bridge.on('no.such.event' as 'session.changed', () => {})).toThrow(/Unknown event/);
  });
});
