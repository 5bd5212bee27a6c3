import type { SecretStore } from '../../src-main/vault/secret-store.ts';

/** An in-memory keychain that can be told to refuse, as a locked or missing one does. */
export class FakeSecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  refuse = false;

  private check(): void {
    if (this.refuse) throw new Error('The keychain is locked');
  }

  async getPassword(service: string, account: string) {
    this.check();
    return this.entries.get(`${service}\u0000${account}`) ?? null;
  }

  async setPassword(service: string, account: string, password: string) {
    this.check();
    this.entries.set(`${service}\u0000${account}`, password);
  }

  async deletePassword(service: string, account: string) {
    this.check();
    return this.entries.delete(`${service}\u0000${account}`);
  }

  async findCredentials(service: string) {
    this.check();
    return [...this.entries]
      .filter(([key]) => key.startsWith(`${service}\u0000`))
      .map(([key, password]) => ({ account: key.slice(service.length + 1), password }));
  }
}
