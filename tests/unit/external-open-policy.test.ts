import { describe, expect, it } from 'vitest';
import {
  ExternalOpenPolicy,
  NO_ACTION_INTERVAL_MS,
  USER_ACTION_LIFETIME_MS,
  type UserInput,
} from '../../src-main/security/external-open-policy.ts';

const click: UserInput = { type: 'mouseUp', button: 'left' };
const enter: UserInput = { type: 'keyDown', key: 'Enter', isAutoRepeat: false };

function view() {
  let time = 1_000_000;
  const policy = new ExternalOpenPolicy(() => time);
  return {
    policy,
    advance: (ms: number) => {
      time += ms;
    },
    /** A page's scripted burst: 10 navigations and 10 pop-ups off its origin, all asked of the one policy. */
    burst: () =>
      Array.from({ length: 20 }, (_, index) => `https://elsewhere.example/${index}`).filter((url) => policy.mayOpen(url)).length,
  };
}

describe('opening links from a page in the system browser', () => {
  it('opens at most one link of a scripted burst when nobody clicked', () => {
    const { burst } = view();
    expect(burst()).toBe(1);
  });

  it('opens at most one link of a burst that follows a click', () => {
    const { policy, burst } = view();
    policy.noteInput(click);
    expect(burst()).toBe(1);
  });

  it('opens one link per click or key press, however quickly they come', () => {
    const { policy, advance } = view();
    expect(policy.mayOpen('https://first.example/')).toBe(true);
    for (const input of [click, enter, { type: 'keyDown', key: ' ' }, { type: 'mouseUp', button: 'middle' }]) {
      advance(300);
      expect(policy.mayOpen('https://scripted.example/'), input.type).toBe(false);
      policy.noteInput(input);
      expect(policy.mayOpen('https://asked.example/'), input.type).toBe(true);
      expect(policy.mayOpen('https://again.example/'), input.type).toBe(false);
    }
  });

  it('lets an action lapse after its lifetime, and counts nothing else as one', () => {
    const { policy, advance } = view();
    expect(policy.mayOpen('https://first.example/')).toBe(true);
    policy.noteInput(click);
    advance(USER_ACTION_LIFETIME_MS + 1);
    expect(policy.mayOpen('https://late.example/')).toBe(false);

    for (const input of [
      { type: 'mouseMove' },
      { type: 'mouseDown', button: 'left' },
      { type: 'mouseUp', button: 'right' },
      { type: 'mouseWheel' },
      { type: 'keyDown', key: 'a' },
      { type: 'keyUp', key: 'Enter' },
      { type: 'keyDown', key: 'Enter', isAutoRepeat: true },
    ]) {
      policy.noteInput(input);
      expect(policy.mayOpen('https://no-action.example/'), JSON.stringify(input)).toBe(false);
    }
  });

  it('with no action seen, opens at most one link per interval', () => {
    const { policy, advance } = view();
    expect(policy.mayOpen('https://one.example/')).toBe(true);
    advance(NO_ACTION_INTERVAL_MS - 1);
    expect(policy.mayOpen('https://two.example/')).toBe(false);
    advance(1);
    expect(policy.mayOpen('https://two.example/')).toBe(true);
    expect(policy.mayOpen('https://three.example/')).toBe(false);
  });

  it('never opens a link with credentials, even when clicked', () => {
    const { policy } = view();
    for (const url of ['https://user:pw@bank.example/', 'https://user@bank.example/', 'https://:pw@bank.example/']) {
      policy.noteInput(click);
      expect(policy.mayOpen(url), url).toBe(false);
    }
  });

  it('never opens anything but https, even when clicked', () => {
    const { policy } = view();
    for (const url of [
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'bitrixid://confirm-login?token=abcdefghijklmnopqrstuvwxyz',
      'smb://share/x',
      'not a url',
    ]) {
      policy.noteInput(click);
      expect(policy.mayOpen(url), url).toBe(false);
    }
    expect(policy.mayOpen('https://example.com/')).toBe(true);
  });
});
