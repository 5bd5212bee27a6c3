import type { SecretStore } from './secret-store.ts';

/**
 * Loads @github/keytar, the maintained fork of the archived keytar. Its native module can fail to
 * load (no libsecret on Linux, say); then there is no keychain and the session stays in memory.
 */
export async function loadKeytarStore(): Promise<SecretStore | null> {
  try {
    const module = await import('@github/keytar');
    const keytar = (module as { default?: SecretStore }).default ?? (module as unknown as SecretStore);
    return keytar;
  } catch {
    return null;
  }
}
