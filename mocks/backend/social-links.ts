/**
 * Which Bitrix ID each social account is linked to: one Bitrix ID per social account, one account
 * per provider per Bitrix ID, and never taking away someone's last way to sign in.
 */
import type { SocialIdentity } from './social-catalogue.ts';
import type { MockSnapshot, UserRecord } from './state-schema.ts';

export type SocialLinkOutcome = { ok: true } | { ok: false; error: 'social_taken' };
export type SocialUnlinkOutcome = { ok: true } | { ok: false; error: 'not_connected' | 'last_sign_in_method' };

export function userLinkedTo(state: MockSnapshot, identityId: string): UserRecord | undefined {
  return state.users.find((user) => user.socialAccounts.some((account) => account.identityId === identityId));
}

/**
 * Links the account to `user`. Linking it again to the same person changes nothing; another
 * account of the same provider is replaced, in place, by this one.
 */
export function linkSocialAccount(state: MockSnapshot, user: UserRecord, identity: SocialIdentity): SocialLinkOutcome {
  const holder = userLinkedTo(state, identity.id);
  if (holder) return holder.id === user.id ? { ok: true } : { ok: false, error: 'social_taken' };
  const link = { provider: identity.provider, identityId: identity.id, displayName: identity.displayName };
  const sameProvider = user.socialAccounts.findIndex((account) => account.provider === identity.provider);
  if (sameProvider >= 0) user.socialAccounts[sameProvider] = link;
  else user.socialAccounts.push(link);
  return { ok: true };
}

/** Someone without a password keeps their last linked service: without it they could never sign in. */
export function unlinkSocialAccount(user: UserRecord, providerId: string): SocialUnlinkOutcome {
  const index = user.socialAccounts.findIndex((account) => account.provider === providerId);
  if (index < 0) return { ok: false, error: 'not_connected' };
  if (user.passwordHash === null && user.socialAccounts.length === 1) return { ok: false, error: 'last_sign_in_method' };
  user.socialAccounts.splice(index, 1);
  return { ok: true };
}
