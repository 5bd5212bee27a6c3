import { describe, expect, it } from 'vitest';
import { personKey, portalPartition } from '../../src-main/services/portals/portals-person.ts';

const alice = { serverUrl: 'https://id.example.com/api', userId: 'u-alice' };

describe('portal partitions and per-person files', () => {
  it('give each person, on each server, their own persistent partition per portal', () => {
    const partition = portalPartition(alice, 'p-acme');
    expect(partition).toMatch(/^persist:portal-[0-9a-f]{32}$/);
    expect(portalPartition({ ...alice }, 'p-acme')).toBe(partition);

    const others = [
      portalPartition({ ...alice, userId: 'u-bob' }, 'p-acme'),
      portalPartition({ ...alice, serverUrl: 'https://other.example.com/api' }, 'p-acme'),
      portalPartition(alice, 'p-acme-2'),
    ];
    expect(new Set([partition, ...others]).size).toBe(4);
  });

  it('name no server, user or portal in clear', () => {
    for (const name of [portalPartition(alice, 'p-acme'), personKey(alice)]) {
      expect(name).not.toMatch(/alice|example|acme/);
    }
  });

  it('cannot be confused by moving text between the parts', () => {
    expect(personKey({ serverUrl: 'https://a', userId: 'b:c' })).not.toBe(personKey({ serverUrl: 'https://a:b', userId: 'c' }));
  });
});
