import { describe, expect, it } from 'vitest';
import { createPersonScope } from '../../src-renderer/src/stores/person-scope.ts';
import { createRequestGuard } from '../../src-renderer/src/stores/request-guard.ts';

describe('createRequestGuard', () => {
  it('lets the answer to the latest request through and ignores an older one', () => {
    const opens = createRequestGuard();
    const first = opens.latest();
    const second = opens.latest();

    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('keeps overlapping requests begun with begin() current until the guard is invalidated', () => {
    const actions = createRequestGuard();
    const changeLogin = actions.begin();
    const changePassword = actions.begin();
    expect([changeLogin(), changePassword()]).toEqual([true, true]);

    actions.invalidate();

    expect([changeLogin(), changePassword()]).toEqual([false, false]);
    expect(actions.begin()()).toBe(true);
  });

  it('makes every answer stale when the parent is invalidated, latest ones included', () => {
    const start = createRequestGuard();
    const switches = createRequestGuard(start);
    const switchServer = switches.latest();
    const other = switches.begin();

    start.invalidate();

    expect([switchServer(), other()]).toEqual([false, false]);
    expect(switches.latest()()).toBe(true);
  });
});

describe('createPersonScope', () => {
  it('makes every earlier answer stale when another person signs in, and resets what they held', () => {
    const scope = createPersonScope();
    const resets: string[] = [];
    scope.hold({ reset: () => resets.push('portals') });
    scope.hold({ reset: () => resets.push('profile') });
    const portals = scope.requests();
    const profile = scope.requests();
    scope.enter('alice');
    const aliceList = portals.begin();
    const aliceOpen = profile.latest();
    resets.length = 0;

    scope.enter('bob');

    expect([aliceList(), aliceOpen()]).toEqual([false, false]);
    expect(resets).toEqual(['portals', 'profile']);
    expect(portals.begin()()).toBe(true);
  });

  it('leaves answers and data alone when the same person is entered again', () => {
    const scope = createPersonScope();
    let resets = 0;
    scope.hold({ reset: () => resets++ });
    const answers = scope.requests();
    scope.enter('alice');
    const list = answers.begin();

    scope.enter('alice');

    expect(list()).toBe(true);
    expect(resets).toBe(1);
  });

  it('never applies an answer to a request begun after the person left (a load a screen started late)', () => {
    const scope = createPersonScope();
    const answers = scope.requests();
    scope.enter('alice');
    scope.enter(null);

    const lateLoad = answers.begin();
    const lateOpen = answers.latest();

    expect([lateLoad(), lateOpen()]).toEqual([false, false]);
    scope.enter('bob');
    expect(answers.begin()()).toBe(true);
  });

  it('refreshes what is held when the server is back, only while someone is signed in', () => {
    const scope = createPersonScope();
    let refreshes = 0;
    scope.hold({ reset: () => undefined, refresh: () => refreshes++ });

    scope.reconnected();
    expect(refreshes).toBe(0);

    scope.enter('alice');
    scope.reconnected();
    expect(refreshes).toBe(1);

    scope.enter(null);
    scope.reconnected();
    expect(refreshes).toBe(1);
  });
});
