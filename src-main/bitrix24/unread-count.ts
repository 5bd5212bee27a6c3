import { replaceHidden } from '../security/hidden-characters.ts';

/**
 * A portal page's unread count, read from its title. Bitrix24's web messenger (`BX.IM`'s
 * `updateCounter`) writes the sum of its counters as a prefix: `'(' + sum + ') ' + windowTitle`, and
 * the title alone when the sum is zero. The sidebar and the dock show "99+" past 99, as Bitrix24's own
 * left menu does.
 */

/** Past this a count carries no more meaning, and a longer digit string is not a counter. */
export const MAX_UNREAD = 9999;
/** The sidebar and dock badges show at most two digits, then "99+". */
export const BADGE_DIGITS_CAP = 99;

/**
 * Invisible marks an RTL page or a copy-paste can put around the prefix change how the title is
 * drawn, not what it says, so they are looked through rather than hiding a count.
 */
const INVISIBLE_MARKS = ['bidi', 'zeroWidth'] as const;

/**
 * Only a prefix counts: "(3) Chats". ASCII digits without a leading zero, an optional "+" ("(99+)"
 * means at least 99), then whitespace or the end. A "(3)" later in the title is part of the page's
 * name ("Report (3)"), and "3 · …" is not a form Bitrix24 writes, so neither is read as a count.
 */
const COUNT_PREFIX = /^\(([1-9][0-9]*)\+?\)(?:\s|$)/u;

/** The unread count a portal's title shows (1 to MAX_UNREAD), or null when it shows none. */
export function unreadFromTitle(title: string): number | null {
  const visible = replaceHidden(title, INVISIBLE_MARKS, '').trimStart();
  const digits = COUNT_PREFIX.exec(visible)?.[1];
  if (digits === undefined) return null;
  // However many digits: a long run becomes a huge number or Infinity, and either is capped.
  return Math.min(Number(digits), MAX_UNREAD);
}

/** The title without its unread prefix ("(3) Alpha" → "Alpha"): the name the page gives itself. */
export function titleWithoutUnread(title: string): string {
  const visible = replaceHidden(title, INVISIBLE_MARKS, '').trimStart();
  const prefix = COUNT_PREFIX.exec(visible)?.[0];
  return prefix === undefined ? title : visible.slice(prefix.length);
}

const isCount = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The sum of the portals' counts, capped at MAX_UNREAD; missing or invalid counts add nothing. */
export function totalUnread(counts: Iterable<number | null | undefined>): number {
  let total = 0;
  for (const count of counts) {
    if (isCount(count)) total = Math.min(total + count, MAX_UNREAD);
  }
  return total;
}

/** What a badge shows for a count: nothing for none, the number up to 99, then "99+". */
export function badgeText(total: number): string {
  if (!isCount(total)) return '';
  return total > BADGE_DIGITS_CAP ? `${BADGE_DIGITS_CAP}+` : String(total);
}

/** The window's title: the app's own name, after the total in the same form the portals use. */
export function windowTitleWithUnread(appTitle: string, total: number): string {
  const badge = badgeText(total);
  return badge === '' ? appTitle : `(${badge}) ${appTitle}`;
}
