import {
  fail,
  ok,
  type Profile,
  type Result,
  type SessionState,
  type SocialProvider,
} from '../../../src-preload/contract.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { failure } from '../../api/api-errors.ts';
import { authApi, socialApi } from '../../api/endpoints.ts';
import { bridgeResult, publicError } from '../../api/public-error.ts';
import { errorName, type Logger } from '../../logging/logger.ts';
import { toProfile } from '../profile-service.ts';
import type { SessionService } from '../session-service.ts';
import { startLoopbackListener, type LoopbackListener } from './loopback-listener.ts';
import { createPkcePair, newOAuthState } from './pkce.ts';

export interface SocialAuthOptions {
  api: ApiClient;
  session: SessionService;
  /** Where the system browser finds the server's `/oauth/authorize` page. */
  browserBaseUrl(): Promise<string>;
  /** Opens a URL in the system browser (never an embedded one). */
  openExternal(url: string): Promise<void>;
  deviceName: string;
  language: string;
  log: Logger;
  listenerTimeoutMs?: number;
}

type BrowserGrant = { code: string; codeVerifier: string; redirectUri: string };

/**
 * Social sign-in and connecting social services: OAuth 2.0 for native apps (RFC 8252) with PKCE
 * (S256) and `state`, in the system browser, with a one-shot loopback listener for the redirect.
 */
export class SocialAuthService {
  private readonly options: SocialAuthOptions;
  private pending: LoopbackListener | undefined;

  constructor(options: SocialAuthOptions) {
    this.options = options;
  }

  async providers(): Promise<Result<SocialProvider[]>> {
    return bridgeResult(await socialApi.providers(this.options.api), (providers) =>
      providers.items.map((item) => ({ id: item.id, name: item.name })),
    );
  }

  async signIn(provider: string): Promise<Result<SessionState>> {
    const grant = await this.browserGrant(provider, 'sign_in');
    if (!grant.ok) return grant;
    return this.options.session.signInWith(() =>
      authApi.authorizationCodeGrant(this.options.api, { ...grant.value, deviceName: this.options.deviceName }),
    );
  }

  async connect(provider: string): Promise<Result<Profile>> {
    const grant = await this.browserGrant(provider, 'connect');
    if (!grant.ok) return grant;
    return bridgeResult(await socialApi.connect(this.options.api, grant.value), toProfile);
  }

  async disconnect(provider: string): Promise<Result<Profile>> {
    return bridgeResult(await socialApi.disconnect(this.options.api, provider), toProfile);
  }

  cancel(): { cancelled: boolean } {
    const pending = this.pending;
    pending?.cancel();
    return { cancelled: pending !== undefined };
  }

  /** One browser round trip: the authorize page, the person's choice, the code at our listener. */
  private async browserGrant(provider: string, mode: 'sign_in' | 'connect'): Promise<Result<BrowserGrant>> {
    this.pending?.cancel();
    const { verifier, challenge } = createPkcePair();
    const state = newOAuthState();
    const listener = await startLoopbackListener({
      expectedState: state,
      language: this.options.language,
      ...(this.options.listenerTimeoutMs ? { timeoutMs: this.options.listenerTimeoutMs } : {}),
    });
    this.pending = listener;
    try {
      const authorize = new URL(`${await this.options.browserBaseUrl()}/oauth/authorize`);
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
      if (outcome.kind === 'code') return ok({ code: outcome.code, codeVerifier: verifier, redirectUri: listener.redirectUri });
      this.options.log.info('Social sign-in did not complete', { provider, outcome: outcome.kind });
      return fail(publicError(failure(outcome.kind === 'timeout' ? 'timeout' : 'cancelled')));
    } catch (error) {
      listener.cancel();
      this.options.log.warn('Could not open the system browser', { error: errorName(error) });
      return fail(publicError(failure('internal')));
    } finally {
      if (this.pending === listener) this.pending = undefined;
    }
  }
}
