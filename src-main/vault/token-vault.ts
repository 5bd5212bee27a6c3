import type { TokenPersistence } from '../../src-preload/contract.ts';
import { errorName, type Logger } from '../logging/logger.ts';
import type { SecretStore } from './secret-store.ts';

export interface StoredRefreshToken {
  userId: string;
  refreshToken: string;
}

/**
 * Keeps the refresh token (never the access token) in the OS keychain, keyed by server URL and user
 * id so two servers never share a token. When the keychain is missing or refuses, it stores nothing
 * and reports `memory`: the session then lives only as long as the process. Never plaintext on disk.
 */
export class TokenVault {
  private readonly store: SecretStore | null;
  private readonly service: string;
  private readonly log: Logger;
  private available: boolean;

  constructor(store: SecretStore | null, service: string, log: Logger) {
    this.store = store;
    this.service = service;
    this.log = log;
    this.available = store !== null;
  }

  get persistence(): TokenPersistence {
    return this.available ? 'keychain' : 'memory';
  }

  async save(serverUrl: string, userId: string, refreshToken: string): Promise<TokenPersistence> {
    if (!this.store || !this.available) return 'memory';
    try {
      await this.store.setPassword(this.service, accountKey(serverUrl, userId), refreshToken);
      return 'keychain';
    } catch (error) {
      this.markUnavailable('save', error);
      return 'memory';
    }
  }

  /** The token saved for this server, if any; with several (should not happen) the first wins. */
  async load(serverUrl: string): Promise<StoredRefreshToken | null> {
    if (!this.store || !this.available) return null;
    try {
      const prefix = accountKey(serverUrl, '');
      const entry = (await this.store.findCredentials(this.service)).find((c) => c.account.startsWith(prefix));
      return entry ? { userId: entry.account.slice(prefix.length), refreshToken: entry.password } : null;
    } catch (error) {
      this.markUnavailable('load', error);
      return null;
    }
  }

  async remove(serverUrl: string, userId: string): Promise<void> {
    if (!this.store || !this.available) return;
    try {
      await this.store.deletePassword(this.service, accountKey(serverUrl, userId));
    } catch (error) {
      this.markUnavailable('remove', error);
    }
  }

  private markUnavailable(operation: string, error: unknown): void {
    this.available = false;
    // Keychain messages can echo what was being stored.
    this.log.warn('The OS keychain refused; keeping the session in memory only', {
      operation,
      error: errorName(error),
    });
  }
}

const accountKey = (serverUrl: string, userId: string) => `${serverUrl}#${userId}`;
