import { fail, type OpenedLink, type Profile, type Result, type SessionState } from '../../src-preload/contract.ts';
import { failure } from '../api/api-errors.ts';
import { publicError } from '../api/public-error.ts';
import type { Logger } from '../logging/logger.ts';
import { parseBitrixIdLink, type BitrixIdLink } from './bitrix-id-links.ts';

export interface LinkInboxDeps {
  isSignedIn(): boolean;
  confirmLogin(token: string): Promise<Result<Profile>>;
  completeRecovery(request: { login: string; checkword: string; newPassword: string }): Promise<Result<SessionState>>;
  /** Tells the window what to show for the link. */
  announce(link: OpenedLink): void;
  log: Logger;
}

/**
 * Takes the `bitrixid://` links the OS hands over and carries them out. The secret in a link (the
 * confirmation token, the recovery checkword) stays here; the window is told only what to show. A
 * confirmation that arrives signed out waits for the next sign-in.
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
    else if (this.deps.isSignedIn()) void this.confirm(link.token);
    else this.show({ kind: 'confirm-login', state: 'needs_sign_in' });
    return true;
  }

  /** What the window should show now, for a window that starts after the link arrived. */
  pending(): OpenedLink | null {
    return this.shown;
  }

  /** Called on every session change: a confirmation waiting for a sign-in goes ahead. */
  sessionChanged(state: SessionState): void {
    if (state.status === 'signed_in' && this.current?.kind === 'confirm-login' && this.shown?.kind === 'confirm-login') {
      if (this.shown.state === 'needs_sign_in') void this.confirm(this.current.token);
    }
  }

  async completeRecovery(newPassword: string): Promise<Result<SessionState>> {
    const link = this.current;
    if (link?.kind !== 'recover') return fail(publicError(failure('invalid_checkword')));
    const completed = await this.deps.completeRecovery({ login: link.login, checkword: link.checkword, newPassword });
    if (completed.ok) this.forget();
    return completed;
  }

  dismiss(): { dismissed: boolean } {
    const had = this.shown !== null;
    this.forget();
    return { dismissed: had };
  }

  private async confirm(token: string): Promise<void> {
    this.show({ kind: 'confirm-login', state: 'confirming' });
    const confirmed = await this.deps.confirmLogin(token);
    // A used link is done with either way: trying the same token again cannot succeed.
    this.current = null;
    this.show(confirmed.ok ? { kind: 'confirm-login', state: 'confirmed' } : { kind: 'confirm-login', state: 'failed', error: confirmed.error });
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
