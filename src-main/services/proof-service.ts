import type { Proof, ProofCodeSent, Result } from '../../src-preload/contract.ts';
import { accountApi } from '../api/account-api.ts';
import type { ApiClient, ApiResult } from '../api/api-client.ts';
import { bridgeResult } from '../api/public-error.ts';
import type { ProofCodeSentResponse, ProofIssuedResponse } from '../api/wire-schemas.ts';
import type { ProofHolder } from './proof-holder.ts';

/** A social service's `reauth` code, got through the system browser, handed to `redeem`. */
export type SocialReauth = <T>(
  provider: string,
  redeem: (grant: { code: string; codeVerifier: string; redirectUri: string }) => Promise<Result<T>>,
) => Promise<Result<T>>;

export interface ProofServiceOptions {
  api: ApiClient;
  holder: ProofHolder;
  reauth: SocialReauth;
}

const toProofCodeSent = (sent: ProofCodeSentResponse): ProofCodeSent => ({
  channel: sent.channel,
  sentTo: sent.sent_to,
  resendAvailableAt: sent.resend_available_at,
  expiresAt: sent.expires_at,
});

/**
 * How an account without a password proves it is the person: a code sent to its own e-mail or
 * phone, or a sign-in again with a linked social service. The proof token the server gives for it
 * stays in main (the holder); the renderer learns only until when it works. Its own service,
 * rather than part of AccountService, because it drives the social browser flow too; the account
 * service only uses the holder.
 */
export class ProofService {
  private readonly options: ProofServiceOptions;

  constructor(options: ProofServiceOptions) {
    this.options = options;
  }

  async sendProofCode(channel: 'email' | 'phone'): Promise<Result<ProofCodeSent>> {
    return bridgeResult(await accountApi.sendProofCode(this.options.api, channel), toProofCodeSent);
  }

  async proveWithCode(code: string): Promise<Result<Proof>> {
    return this.keep(await accountApi.prove(this.options.api, { code }));
  }

  async proveWithSocial(provider: string): Promise<Result<Proof>> {
    return this.options.reauth(provider, async (grant) => this.keep(await accountApi.prove(this.options.api, grant)));
  }

  private keep(issued: ApiResult<ProofIssuedResponse>): Result<Proof> {
    return bridgeResult(issued, (proof) => this.options.holder.hold(proof.proof_token, proof.expires_in));
  }
}
