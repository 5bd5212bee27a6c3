/** Seed people (mocks/seed.ts) that a few specs need besides Alice and Bob. */
import type { SeedUser } from './screens.ts';

/** Two-step sign-in on: after her password the sign-in asks for a code from her authenticator app. */
export const erin: SeedUser = {
  fullName: 'Erin Secure',
  email: 'erin@example.com',
  phone: '+1 555 010 0005',
  password: 'Erin-Passw0rd!',
  portals: [{ title: 'ACME Corp', domain: 'acme.bitrix24.com' }],
};

/** No password and no portals: she signs in with Yandex only (mocks/seed-social.ts). */
export const dana = {
  fullName: 'Dana Social',
  yandexAccount: 'Dana Social (dana@yandex.ru)',
} as const;
