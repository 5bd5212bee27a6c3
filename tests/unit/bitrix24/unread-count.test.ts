import { describe, expect, it } from 'vitest';
import {
  MAX_UNREAD,
  badgeText,
  totalUnread,
  unreadFromTitle,
  windowTitleWithUnread,
} from '../../../src-main/bitrix24/unread-count.ts';

describe('unreadFromTitle', () => {
  it('reads the count Bitrix24 puts before its title', () => {
    expect(unreadFromTitle('(3) Activity Stream')).toBe(3);
    expect(unreadFromTitle('(1) Chats')).toBe(1);
    expect(unreadFromTitle('(12) Лента новостей')).toBe(12);
    expect(unreadFromTitle('(7)')).toBe(7);
  });

  it('reads "(99+)" as at least 99', () => {
    expect(unreadFromTitle('(99+) Activity Stream')).toBe(99);
  });

  it('finds no count in a title without one', () => {
    for (const title of ['Activity Stream', '', '   ', '()', '( ) Chats', '(3', '3) Chats', 'Chats (3']) {
      expect(unreadFromTitle(title), title).toBeNull();
    }
  });

  it('refuses zero, negative, fractional, signed and mixed counts', () => {
    for (const title of ['(0) Chats', '(00) Chats', '(03) Chats', '(-1) Chats', '(+3) Chats', '(1.5) Chats', '(1,000) Chats', '(1 000) Chats', '(3a) Chats', '(a3) Chats', '(0x1F) Chats', '(1e3) Chats', '(Infinity) Chats', '(NaN) Chats']) {
      expect(unreadFromTitle(title), title).toBeNull();
    }
  });

  it('refuses digits that are not ASCII and brackets that are not round', () => {
    for (const title of ['(٣) دردشة', '(３) Chats', '（3） Chats', '[3] Chats', '{3} Chats']) {
      expect(unreadFromTitle(title), title).toBeNull();
    }
  });

  it('caps huge counts at MAX_UNREAD, however many digits', () => {
    expect(unreadFromTitle('(9999) Chats')).toBe(9999);
    expect(unreadFromTitle('(10000) Chats')).toBe(MAX_UNREAD);
    expect(unreadFromTitle(`(${'9'.repeat(400)}) Chats`)).toBe(MAX_UNREAD);
  });

  it('reads only a prefix, not a number in the middle or at the end of a title', () => {
    expect(unreadFromTitle('Report (3) — Tasks')).toBeNull();
    expect(unreadFromTitle('Tasks (3)')).toBeNull();
    expect(unreadFromTitle('Chats: (3) Chats')).toBeNull();
  });

  it('needs a space or the end after the count', () => {
    expect(unreadFromTitle('(3)Chats')).toBeNull();
    expect(unreadFromTitle('(3)\tChats')).toBe(3);
    expect(unreadFromTitle('(3)\u00A0Chats')).toBe(3);
  });

  it('skips leading spaces', () => {
    expect(unreadFromTitle('   (4) Chats')).toBe(4);
    expect(unreadFromTitle('\n\t(4) Chats')).toBe(4);
  });

  it('sees through invisible bidi marks around and inside the prefix', () => {
    expect(unreadFromTitle('\u200F(5) צ׳אטים')).toBe(5);
    expect(unreadFromTitle('\u202B(5) دردشة\u202C')).toBe(5);
    expect(unreadFromTitle('\u2067(\u200E5\u200E)\u2069 Chats')).toBe(5);
    expect(unreadFromTitle('\uFEFF(5) Chats')).toBe(5);
    expect(unreadFromTitle('\u202E(5) Chats')).toBe(5);
  });
});

describe('totalUnread', () => {
  it('adds the portals’ counts', () => {
    expect(totalUnread([3, 1, 12])).toBe(16);
    expect(totalUnread(new Map([['a', 2], ['b', 5]]).values())).toBe(7);
  });

  it('is zero for no portals or no counts', () => {
    expect(totalUnread([])).toBe(0);
    expect(totalUnread([null, undefined, null])).toBe(0);
  });

  it('ignores counts that are not positive whole numbers', () => {
    expect(totalUnread([2, 0, -4, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_VALUE, 3])).toBe(5);
  });

  it('caps the sum at MAX_UNREAD', () => {
    expect(totalUnread([MAX_UNREAD, MAX_UNREAD, 1])).toBe(MAX_UNREAD);
  });
});

describe('badgeText', () => {
  it('shows nothing for no unread', () => {
    expect(badgeText(0)).toBe('');
  });

  it('shows the number up to 99, then "99+"', () => {
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
    expect(badgeText(MAX_UNREAD)).toBe('99+');
  });

  it('shows nothing for a count that is not one', () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(badgeText(bad), String(bad)).toBe('');
  });
});

describe('windowTitleWithUnread', () => {
  it('puts the total before the app’s title, as the portals do', () => {
    expect(windowTitleWithUnread('Bitrix ID', 5)).toBe('(5) Bitrix ID');
    expect(windowTitleWithUnread('Bitrix ID', 250)).toBe('(99+) Bitrix ID');
  });

  it('leaves the title alone when nothing is unread', () => {
    expect(windowTitleWithUnread('Bitrix ID', 0)).toBe('Bitrix ID');
    expect(windowTitleWithUnread('Bitrix ID', Number.NaN)).toBe('Bitrix ID');
  });

  it('reads back as the same count', () => {
    expect(unreadFromTitle(windowTitleWithUnread('Bitrix ID', 42))).toBe(42);
    expect(unreadFromTitle(windowTitleWithUnread('Bitrix ID', 250))).toBe(99);
  });
});
