/**
 * The social services the mock offers and the fixed accounts people hold at them. These accounts
 * live "at the provider", outside Bitrix ID: the backend's state records only which of them are
 * linked to which Bitrix ID. Tests import these as fixtures, so changing a value here changes what
 * the tests expect.
 */
import { seedUsers } from './seed.ts';

export interface SeedSocialProvider {
  id: string;
  name: string;
}

/** An account at a social service, as its consent page offers it. */
export interface SeedSocialIdentity {
  id: string;
  provider: string;
  displayName: string;
  /** The Bitrix ID it is linked to in the seed, or null. */
  linkedUserId: string | null;
}

/** In the order `GET /social/providers` lists them. */
export const seedSocialProviders = [
  { id: 'google', name: 'Google' },
  { id: 'apple', name: 'Apple' },
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'yandex', name: 'Yandex' },
  { id: 'vk', name: 'VK' },
  { id: 'zoom', name: 'Zoom' },
] as const satisfies readonly SeedSocialProvider[];

const alice = seedUsers.alice.id;
const dana = seedUsers.dana.id;

/**
 * Within a provider, the first account listed is the one its consent page offers first ("Continue
 * as …"); "Sign in with another account" lists them all in this order. Every provider has an Alice
 * account (linked only at Google, so the e2e can connect, say, Apple from her profile) and a Carol
 * account linked to nobody (for "not linked to any Bitrix ID"). Dana's Yandex account is her only
 * way in.
 */
export const seedSocialIdentities = {
  aliceGoogle: { id: 'si-google-alice', provider: 'google', displayName: 'Alice Demo (alice.demo@gmail.com)', linkedUserId: alice },
  carolGoogle: { id: 'si-google-carol', provider: 'google', displayName: 'Carol Unlinked (carol@gmail.com)', linkedUserId: null },
  aliceApple: { id: 'si-apple-alice', provider: 'apple', displayName: 'Alice Demo (alice@icloud.com)', linkedUserId: null },
  carolApple: { id: 'si-apple-carol', provider: 'apple', displayName: 'Carol Unlinked (carol@icloud.com)', linkedUserId: null },
  aliceMicrosoft: { id: 'si-microsoft-alice', provider: 'microsoft', displayName: 'Alice Demo (alice@outlook.com)', linkedUserId: null },
  carolMicrosoft: { id: 'si-microsoft-carol', provider: 'microsoft', displayName: 'Carol Unlinked (carol@outlook.com)', linkedUserId: null },
  aliceFacebook: { id: 'si-facebook-alice', provider: 'facebook', displayName: 'Alice Demo (alice@facebook.com)', linkedUserId: null },
  carolFacebook: { id: 'si-facebook-carol', provider: 'facebook', displayName: 'Carol Unlinked (carol@facebook.com)', linkedUserId: null },
  aliceYandex: { id: 'si-yandex-alice', provider: 'yandex', displayName: 'Alice Demo (alice@yandex.ru)', linkedUserId: null },
  carolYandex: { id: 'si-yandex-carol', provider: 'yandex', displayName: 'Carol Unlinked (carol@yandex.ru)', linkedUserId: null },
  danaYandex: { id: 'si-yandex-dana', provider: 'yandex', displayName: 'Dana Social (dana@yandex.ru)', linkedUserId: dana },
  aliceVk: { id: 'si-vk-alice', provider: 'vk', displayName: 'Alice Demo (alice@vk.com)', linkedUserId: null },
  carolVk: { id: 'si-vk-carol', provider: 'vk', displayName: 'Carol Unlinked (carol@vk.com)', linkedUserId: null },
  aliceZoom: { id: 'si-zoom-alice', provider: 'zoom', displayName: 'Alice Demo (alice@zoom.us)', linkedUserId: null },
  carolZoom: { id: 'si-zoom-carol', provider: 'zoom', displayName: 'Carol Unlinked (carol@zoom.us)', linkedUserId: null },
} as const satisfies Record<string, SeedSocialIdentity>;
