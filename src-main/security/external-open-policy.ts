/**
 * Whether a page (a portal's, or the app's own window) may open a URL in the system browser. A page
 * is remote content: left alone, a script could open the person's browser at will, a burst of
 * `location` changes and `window.open` calls one tab each.
 *
 * The rule: only https, never with a user name or password in it (`https://user:pw@…` shows one
 * address and logs in somewhere), and at most one open per user action: a click (left or middle
 * button, counted on release) or Enter or Space in that view, within USER_ACTION_LIFETIME_MS, each
 * spent by the open it allows. Some activations reach the page with no input event main can see
 * (a screen reader's "activate", a touch tap), so a view may also open one link with no action seen,
 * but only when it opened nothing for NO_ACTION_INTERVAL_MS. Either way a scripted burst opens one.
 */

import { isExternalHttps } from './urls.ts';

/** As long as Chromium's own transient user activation: a page may fetch something, then open. */
export const USER_ACTION_LIFETIME_MS = 5_000;
/** The most often a view may open a link that no seen user action asked for. */
export const NO_ACTION_INTERVAL_MS = 10_000;

/** The fields of Electron's keyboard `Input` and `MouseInputEvent` that say what was pressed. */
export interface UserInput {
  type: string;
  key?: string;
  button?: string;
  isAutoRepeat?: boolean;
}

/** A press that follows a link or presses a button; held-down keys repeat no action. */
export function isUserAction(input: UserInput): boolean {
  if (input.type === 'mouseUp') return input.button === 'left' || input.button === 'middle';
  if (input.type === 'keyDown') return input.isAutoRepeat !== true && (input.key === 'Enter' || input.key === ' ');
  return false;
}

/** https, with no credentials: the only URLs that may reach the system browser at all. */
export function isExternallyOpenable(url: string): boolean {
  if (!isExternalHttps(url)) return false;
  const { username, password } = new URL(url);
  return username === '' && password === '';
}

/** One view's external opens: feed it the view's input, ask it before each open. */
export class ExternalOpenPolicy {
  private readonly now: () => number;
  private unspentActionAt: number | null = null;
  private lastOpenAt: number | null = null;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  noteInput(input: UserInput): void {
    if (isUserAction(input)) this.unspentActionAt = this.now();
  }

  /** Says whether `url` may open now; a yes counts as that open. */
  mayOpen(url: string): boolean {
    if (!isExternallyOpenable(url)) return false;
    const now = this.now();
    const asked = this.unspentActionAt !== null && now - this.unspentActionAt <= USER_ACTION_LIFETIME_MS;
    const quiet = this.lastOpenAt === null || now - this.lastOpenAt >= NO_ACTION_INTERVAL_MS;
    if (!asked && !quiet) return false;
    if (asked) this.unspentActionAt = null;
    this.lastOpenAt = now;
    return true;
  }
}
