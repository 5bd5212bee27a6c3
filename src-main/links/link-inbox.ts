import { ok, type OpenedLink, type Profile, type Result, type SessionState } from '../../src-preload/contract.ts';
import { failure } from '../api/api-errors.ts';
import { failWith, publicError } from '../api/public-error.ts';
import type { Logger } from '../logging/logger.ts';
import { parseBitrixIdLink, type BitrixIdLink } from './bitrix-id-links.ts';

export interface LinkInboxDeps {
  isSignedIn(): boolean;
  /** The signed-in person's profile: its pending login change is what a confirmation link confirms. */
  profile(): Promise<Result<Profile>>;
  confirmLogin(token: string): Promise<Result<Profile>>;
  completeRecovery(request: { login: string; checkword: string; newPassword: string }): Promise<Result<SessionState>>;
  /** Tells the window what to show for the link. */
  announce(link: OpenedLink): void;
  log: Logger;
}

const nothingToConfirm = (): OpenedLink => ({ kind: 'confirm-login', state: 'failed', error: publicError(failure('code_expired')) });

/**
 * Takes the `bitrixid://` links the OS hands over and carries them out. The secret in a link (the
 * confirmation token, the recovery checkword) stays here; the window is told only what to show.
 *
 * A link that changes the account never acts by itself: anyone can send the person a link, so a
 * login confirmation first asks "Confirm the new login …?" (with the new login of the change the
 * person started) and goes to the server only after Confirm. With no e-mail change waiting there is
 * nothing a link could confirm, and it is refused without a server call, so it spends no attempt.
 * A confirmation that arrives signed out asks after the next sign-in.
 */
export class LinkInbox {
  private readonly deps: LinkInboxDeps;
  private current: BitrixIdLink | null = null;
  private shown: OpenedLink | null = null;

  constructor(deps: LinkInboxDeps) {
    this.deps = deps;
  }

  /** Returns false, and changes nothing, for anything that is not one of the app's own links. */
  receive(text: string): boolean {
    const link = parseBitrixIdLink(text);
    if (!link) {
      // The link itself may hold a secret: only the fact is logged.
      this.deps.log.warn('Refused a link that is not a valid bitrixid:// link');
      return false;
    }
    this.current = link;
    if (link.kind === 'recover') this.show({ kind: 'recover', login: link.login });
    else if (this.deps.isSignedIn()) void this.ask(link);
    else this.show({ kind: 'confirm-login', state: 'needs_sign_in' });
    return true;
  }

  /** What the window should show now, for a window that starts after the link arrived. */
  pending(): OpenedLink | null {
    return this.shown;
  }

  /** Someone signed in (or was restored): a confirmation waiting for a sign-in asks now. */
  signedIn(): void {
    const link = this.current;
    if (link?.kind === 'confirm-login' && this.shown?.kind === 'confirm-login' && this.shown.state === 'needs_sign_in') {
      void this.ask(link);
    }
  }

  /** The person said Confirm to the question the link asked: only now does its token go to the server. */
  async confirmLogin(): Promise<Result<OpenedLink>> {
    const link = this.current;
    if (link?.kind !== 'confirm-login' || this.shown?.kind !== 'confirm-login' || this.shown.state !== 'asking') {
      return failWith('code_expired');
    }
    this.show({ kind: 'confirm-login', state: 'confirming' });
    const confirmed = await this.deps.confirmLogin(link.token);
    // A used link is done with either way: trying the same token again cannot succeed.
    this.current = null;
    const outcome: OpenedLink = confirmed.ok
      ? { kind: 'confirm-login', state: 'confirmed' }
      : { kind: 'confirm-login', state: 'failed', error: confirmed.error };
    this.show(outcome);
    return ok(outcome);
  }

  async completeRecovery(newPassword: string): Promise<Result<SessionState>> {
    const link = this.current;
    if (link?.kind !== 'recover') return failWith('invalid_checkword');
    const completed = await this.deps.completeRecovery({ login: link.login, checkword: link.checkword, newPassword });
    if (completed.ok) this.forget();
    return completed;
  }

  dismiss(): { dismissed: boolean } {
    const had = this.shown !== null;
    this.forget();
    return { dismissed: had };
  }

  /** Asks the person about the login change the link would confirm, if one is waiting. */
  private async ask(link: BitrixIdLink & { kind: 'confirm-login' }): Promise<void> {
    const profile = await this.deps.profile();
    // Another link, or a dismissal, came meanwhile: that one is what the window shows now.
    if (this.current !== link) return;
    const pending = profile.ok ? profile.value.pendingLoginChange : null;
    if (!profile.ok || pending?.channel !== 'email') {
      this.current = null;
      this.show(profile.ok ? nothingToConfirm() : { kind: 'confirm-login', state: 'failed', error: profile.error });
      return;
    }
    this.show({ kind: 'confirm-login', state: 'asking', login: pending.target });
  }

  private show(link: OpenedLink): void {
    this.shown = link;
    this.deps.announce(link);
  }

  private forget(): void {
    this.current = null;
    this.shown = null;
  }
}
