/** Dates and times in the person's language. (Phones are in phone.ts, with their own library.) */

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** A date in the person's language, e.g. "3 March 2025". */
export function formatDate(iso: string, language: string): string {
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date) : iso;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "now", "5 minutes ago", "yesterday"; a week or more back, the date and time instead. */
export function formatRelative(iso: string, language: string, now = Date.now()): string {
  const date = parse(iso);
  if (!date) return iso;
  let amount = Math.round((date.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  // Seconds tick by while the list is open; under a minute is simply "now".
  if (Math.abs(amount) < 60) return format.format(0, 'second');
  for (const [unit, size] of units) {
    if (Math.abs(amount) < size) return format.format(amount, unit);
    amount = Math.round(amount / size);
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Date and time in the person's language. */
export function formatDateTime(iso: string, language: string): string {
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date) : iso;
}
