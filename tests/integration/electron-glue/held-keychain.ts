/** `@github/keytar` while a test holds the app core back (keychain-gate.ts): an in-memory keychain, once released. */
import { FakeSecretStore } from '../../unit/fake-secret-store.ts';
import { keychainReleased } from './keychain-gate.ts';

await keychainReleased;

export default new FakeSecretStore();
