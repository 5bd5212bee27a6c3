/**
 * The social services and the accounts people hold at them: fixed, like the outside world the
 * mock pretends to talk to. Only the links between these accounts and Bitrix IDs are state.
 */
import { seedSocialIdentities, seedSocialProviders, type SeedSocialIdentity } from '../seed-social.ts';

export interface SocialProvider {
  id: string;
  name: string;
}

/** An account at a social service. */
export interface SocialIdentity {
  id: string;
  provider: string;
  displayName: string;
}

const identities: readonly SocialIdentity[] = Object.values<SeedSocialIdentity>(seedSocialIdentities).map(
  ({ id, provider, displayName }) => ({ id, provider, displayName }),
);

/** Every provider, in the order the sign-in screen lists them. */
export function socialProviders(): SocialProvider[] {
  return seedSocialProviders.map(({ id, name }) => ({ id, name }));
}

export function findSocialProvider(id: string): SocialProvider | undefined {
  return socialProviders().find((provider) => provider.id === id);
}

/** The provider's accounts, the one its consent page offers first leading. */
export function identitiesOf(providerId: string): SocialIdentity[] {
  return identities.filter((identity) => identity.provider === providerId).map((identity) => ({ ...identity }));
}

export function findSocialIdentity(id: string): SocialIdentity | undefined {
  const identity = identities.find((candidate) => candidate.id === id);
  return identity ? { ...identity } : undefined;
}
