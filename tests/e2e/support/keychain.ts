/**
 * Direct access to the real OS keychain, to look at what the app keeps there under a test's own
 * service name (each test has its own, so parallel tests never see each other's entries).
 * keytar is loaded on first use, so a machine without it fails only the tests that need it.
 */
interface Keytar {
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

let keytar: Promise<Keytar> | undefined;
const loadKeytar = (): Promise<Keytar> =>
  (keytar ??= import('@github/keytar').then((module): Keytar => module.default ?? module));

/** The accounts the app stored under `service`. */
export async function keychainAccounts(service: string): Promise<string[]> {
  const credentials = await (await loadKeytar()).findCredentials(service);
  return credentials.map((credential) => credential.account).sort();
}

/** The stored values under `service`; tests compare them, never print them. */
export async function keychainSecrets(service: string): Promise<string[]> {
  return (await (await loadKeytar()).findCredentials(service)).map((credential) => credential.password);
}

/** Removes every entry under `service`; returns how many there were. */
export async function clearKeychain(service: string): Promise<number> {
  const store = await loadKeytar();
  const credentials = await store.findCredentials(service);
  for (const { account } of credentials) await store.deletePassword(service, account);
  return credentials.length;
}
