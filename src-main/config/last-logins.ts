import type { SettingsStore } from './settings-store.ts';

/**
 * The login of the last person who signed in on this device, per server, so the sign-in form can
 * offer it again. Not a secret (never a password): it lives in the settings file.
 */
export interface LastLogins {
  read(serverUrl: string): string | undefined;
  remember(serverUrl: string, login: string): void;
}

export class SettingsLastLogins implements LastLogins {
  private readonly settings: SettingsStore;

  constructor(settings: SettingsStore) {
    this.settings = settings;
  }

  read(serverUrl: string): string | undefined {
    return this.settings.read().lastLogins?.[serverUrl];
  }

  remember(serverUrl: string, login: string): void {
    const lastLogins = this.settings.read().lastLogins ?? {};
    if (lastLogins[serverUrl] === login) return;
    this.settings.write({ lastLogins: { ...lastLogins, [serverUrl]: login } });
  }
}
