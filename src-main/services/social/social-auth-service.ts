import {
  ok,
  type Profile,
  type Result,
  type SessionState,
  type SocialProvider,
} from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { toProfile } from '../../api/profile-api.ts';
import { bridgeResult, failWith } from '../../api/public-error.ts';
import { sessionApi } from '../../api/session-api.ts';
import { socialApi, toSocialProvider } from '../../api/social-api.ts';
import { errorName, type Logger } from '../../logging/logger.ts';
import type { SessionService } from '../session-service.ts';
import { browserResultOf, type BrowserResult } from './callback-pages.ts';
import { startLoopbackListener, type LoopbackListener } from './loopback-listener.ts';
import { createPkcePair, newOAuthState } from './pkce.ts';

export interface SocialAuthOptions {
  api: ApiClient;
  session: SessionService;
  /**
   * Where the system browser finds the server's `/oauth/authorize` page, for one sign-in: the
   * embedded mock opens a loopback server for it, closed again once the browser's part is over.
   */
  openBrowserPages(): Promise<BrowserPages>;
  /** Opens a URL in the system browser (never an embedded one). */
  openExternal(url: string): Promise<void>;
  deviceName: string;
  /** The language in effect when a sign-in starts: the browser's last page is in it. */
  language(): string;
  log: Logger;
  listenerTimeoutMs?: number;
}

export interface BrowserPages {
  url: string;
  close(): Promise<void>;
}

type BrowserGrant = { code: string; codeVerifier: string; redirectUri: string };

/** A code from the browser, whose page waits to be told what the app made of it. */
type HeldGrant = { grant: BrowserGrant; answer(result: BrowserResult): void };

/**
 * Social sign-in and connecting social services: OAuth 2.0 for native apps (RFC 8252) with PKCE
 * (S256) and `state`, in the system browser, with a one-shot loopback listener for the redirect.
 */
export class SocialAuthService {
  private readonly options: SocialAuthOptions;
  private pending: LoopbackListener | undefined;
  /** The services' names by id, from the server's list, for the browser's last page. */
  private serviceNames = new Map<string, string>();

  constructor(options: SocialAuthOptions) {
    this.options = options;
  }

  async providers(): Promise<Result<SocialProvider[]>> {
    return bridgeResult(await socialApi.providers(this.options.api), (providers) => {
      this.serviceNames = new Map(providers.items.map((item) => [item.id, item.name]));
      return providers.items.map(toSocialProvider);
    });
  }

  async signIn(provider: string): Promise<Result<SessionState>> {
    const held = await this.browserGrant(provider, 'sign_in');
    if (!held.ok) return held;
    const result = await this.options.session.signInWith(() =>
      sessionApi.authorizationCodeGrant(this.options.api, { ...held.value.grant, deviceName: this.options.deviceName }),
    );
    this.answerBrowser(held.value, 'sign_in', provider, result);
    return result;
  }

  async connect(provider: string): Promise<Result<Profile>> {
    const held = await this.browserGrant(provider, 'connect');
    if (!held.ok) return held;
    const result = bridgeResult(await socialApi.connect(this.options.api, held.value.grant), toProfile);
    this.answerBrowser(held.value, 'connect', provider, result);
    return result;
  }

  /**
   * Signing in again with a service linked to the account (mode `reauth`), to prove it is the
   * person; `redeem` hands the code to the server. The browser's page says "signed in" as for a sign-in.
   */
  async reauth<T>(provider: string, redeem: (grant: BrowserGrant) => Promise<Result<T>>): Promise<Result<T>> {
    const held = await this.browserGrant(provider, 'reauth');
    if (!held.ok) return held;
    const result = await redeem(held.value.grant);
    this.answerBrowser(held.value, 'sign_in', provider, result);
    return result;
  }

  async disconnect(provider: string): Promise<Result<Profile>> {
    return bridgeResult(await socialApi.disconnect(this.options.api, provider), toProfile);
  }

  cancel(): { cancelled: boolean } {
    const pending = this.pending;
    pending?.cancel();
    return { cancelled: pending !== undefined };
  }

  /**
   * Tells the waiting browser page what came of the code, without holding up the app's own answer.
   * A page that names the service (connected, or refused because of the account) comes right after
   * the server answered, so the server's list is at hand if the app has not read it yet.
   */
  private answerBrowser(held: HeldGrant, mode: 'sign_in' | 'connect', provider: string, result: Result<unknown>): void {
    const namesService = result.ok ? mode === 'connect' : result.error.code === 'social_not_linked' || result.error.code === 'social_taken';
    const service = namesService ? this.serviceName(provider).catch(() => null) : Promise.resolve(null);
    void service.then((name) => held.answer(browserResultOf(mode, result, name)));
  }

  private async serviceName(provider: string): Promise<string | null> {
    if (!this.serviceNames.has(provider)) await this.providers();
    return this.serviceNames.get(provider) ?? null;
  }

  /**
   * One browser round trip: the authorize page, the person's choice, the code at our listener,
   * whose page for the browser waits for the caller's answer. The consent pages are open only
   * during the trip.
   */
  private async browserGrant(provider: string, mode: 'sign_in' | 'connect' | 'reauth'): Promise<Result<HeldGrant>> {
    this.pending?.cancel();
    const { verifier, challenge } = createPkcePair();
    const state = newOAuthState();
    const listener = await startLoopbackListener({
      expectedState: state,
      language: this.options.language(),
      ...(this.options.listenerTimeoutMs ? { timeoutMs: this.options.listenerTimeoutMs } : {}),
    });
    this.pending = listener;
    let pages: BrowserPages | undefined;
    try {
      pages = await this.options.openBrowserPages();
      const authorize = new URL(`${pages.url}/oauth/authorize`);
      authorize.search = new URLSearchParams({
        provider,
        mode,
        response_type: 'code',
        redirect_uri: listener.redirectUri,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state,
      }).toString();
      await this.options.openExternal(authorize.toString());
      const outcome = await listener.outcome;
      if (outcome.kind === 'code') {
        return ok({
          grant: { code: outcome.code, codeVerifier: verifier, redirectUri: listener.redirectUri },
          answer: (result) => listener.answer(result),
        });
      }
      this.options.log.info('Social sign-in did not complete', { provider, outcome: outcome.kind });
      return failWith(outcome.kind === 'timeout' ? 'timeout' : 'cancelled');
    } catch (error) {
      listener.cancel();
      this.options.log.warn('Could not open the system browser', { error: errorName(error) });
      return failWith('internal');
    } finally {
      if (this.pending === listener) this.pending = undefined;
      await pages?.close();
    }
  }
}
