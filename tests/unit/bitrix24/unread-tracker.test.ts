import { describe, expect, it } from 'vitest';
import { titleWithoutUnread } from '../../../src-main/bitrix24/unread-count.ts';
import { UnreadTracker } from '../../../src-main/bitrix24/unread-tracker.ts';

const alpha = 'https://alpha.bitrix24.com';
const beta = 'https://beta.bitrix24.de';

describe('UnreadTracker', () => {
  it('keeps each portal\'s count from its title and sums them', () => {
    const tracker = new UnreadTracker();
    expect(tracker.titleChanged(alpha, '(3) Alpha')).toBe(true);
    expect(tracker.titleChanged(beta, '(99+) Beta')).toBe(true);
    expect(tracker.snapshot()).toEqual({ counts: { [alpha]: 3, [beta]: 99 }, total: 102 });
  });

  it('says nothing changed when the count is the same or there was none', () => {
    const tracker = new UnreadTracker();
    tracker.titleChanged(alpha, '(3) Alpha');
    expect(tracker.titleChanged(alpha, '(3) Alpha: chats')).toBe(false);
    expect(tracker.titleChanged(beta, 'Beta')).toBe(false);
    expect(tracker.titleChanged(beta, 'Report (3)')).toBe(false);
    expect(tracker.snapshot()).toEqual({ counts: { [alpha]: 3 }, total: 3 });
  });

  it('leaves out a portal whose title stops showing a count, or whose view closed', () => {
    const tracker = new UnreadTracker();
    tracker.titleChanged(alpha, '(3) Alpha');
    tracker.titleChanged(beta, '(1) Beta');
    expect(tracker.titleChanged(alpha, 'Alpha')).toBe(true);
    expect(tracker.drop(beta)).toBe(true);
    expect(tracker.drop(beta)).toBe(false);
    expect(tracker.snapshot()).toEqual({ counts: {}, total: 0 });
  });

  it('reads no count from titles that only look like one', () => {
    const tracker = new UnreadTracker();
    for (const title of ['(0) Alpha', '(03) Alpha', '(-1) Alpha', '(3)Alpha', '', '(1e3) Alpha']) tracker.titleChanged(alpha, title);
    expect(tracker.snapshot()).toEqual({ counts: {}, total: 0 });
  });
});

describe('titleWithoutUnread', () => {
  it('drops the count prefix and nothing else', () => {
    expect(titleWithoutUnread('(3) Alpha')).toBe('Alpha');
    expect(titleWithoutUnread('(99+) Alpha')).toBe('Alpha');
    expect(titleWithoutUnread('\u200E(3) Alpha')).toBe('Alpha');
    expect(titleWithoutUnread('(3)')).toBe('');
    expect(titleWithoutUnread('Report (3)')).toBe('Report (3)');
    expect(titleWithoutUnread('(0) Alpha')).toBe('(0) Alpha');
    expect(titleWithoutUnread('(3)Alpha')).toBe('(3)Alpha');
  });
});
