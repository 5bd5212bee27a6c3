import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../src-preload/bridge.ts';
import type { BridgeTransport } from '../../src-preload/bridge-api.ts';
import { channelNames, eventNames, ok } from '../../src-preload/contract.ts';

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

  it("offers exactly the contract table's channels, each calling its own", async () => {
    const { transport, calls } = recordingTransport();
    const bridge = createBridge(transport) as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>> | undefined>;
    const offered = Object.entries(bridge).flatMap(([namespace, methods]) =>
      typeof methods === 'function' ? [] : Object.keys(methods ?? {}).map((method) => `${namespace}.${method}`),
    );
    expect(offered.toSorted()).toEqual([...channelNames].toSorted());

    // With a request, so that no call is answered early.
    const request = { marker: true };
    for (const channel of channelNames) {
      const [namespace = '', method = ''] = channel.split('.');
      await bridge[namespace]?.[method]?.(request);
      expect(calls.at(-1)).toEqual([channel, request]);
    }
  });

  it('subscribes to every event of the contract table', () => {
    const { transport } = recordingTransport();
    const bridge = createBridge(transport);
    for (const event of eventNames) bridge.on(event, () => {});
    expect(vi.mocked(transport.subscribe).mock.calls.map(([event]) => event)).toEqual(eventNames);
  });

  it('refuses to subscribe to an event the contract does not have', () => {
    const { transport } = recordingTransport();
    const bridge = createBridge(transport);
    expect(() => bridge.on('no.such.event' as 'session.changed', () => {})).toThrow(/Unknown event/);
  });
});
