/**
 * Direct access to the real OS keychain, to look at what the app keeps there under a test's own
 * service name (each test has its own, so parallel tests never see each other's entries).
 */
import keytar from '@github/keytar';

/** The accounts the app stored under `service`. */
export async function keychainAccounts(service: string): Promise<string[]> {
  const credentials = await keytar.findCredentials(service);
  return credentials.map((credential) => credential.account).sort();
}

/** The stored values under `service`; tests compare them, never print them. */
export async function keychainSecrets(service: string): Promise<string[]> {
  return (await keytar.findCredentials(service)).map((credential) => credential.password);
}

/** Removes every entry under `service`; returns how many there were. */
export async function clearKeychain(service: string): Promise<number> {
  const credentials = await keytar.findCredentials(service);
  for (const { account } of credentials) await keytar.deletePassword(service, account);
  return credentials.length;
}
