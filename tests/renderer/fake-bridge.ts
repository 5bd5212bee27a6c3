/**
 * A controllable stand-in for main behind `window.bitrixId`: the bridge is the app's own
 * (`createBridge`, as the preload builds it) over a fake transport, where every channel answers
 * from a handler a test can replace, every call is recorded, and events are emitted on demand.
 */
import { createBridge } from '../../src-preload/bridge.ts';
import type { BitrixIdApi, BridgeTransport } from '../../src-preload/bridge-api.ts';
import type {
  AppInfo,
  AppPassword,
  BridgeError,
  ChannelName,
  DesktopSettings,
  DeviceSession,
  EventName,
  Events,
  MockScenario,
  MockScenarios,
  PasswordPolicy,
  PendingLoginChange,
  Portal,
  PortalPrefs,
  PortalsSnapshot,
  PortalView,
  PortalViewsState,
  PortalZone,
  Profile,
  RequestOf,
  Result,
  SessionState,
  SocialProvider,
  TwoFactorSetup,
  UserSummary,
  ValueOf,
  WebProfile,
  WebProfiles,
} from '../../src-preload/contract.ts';
import { NETWORK_VIEW_ID } from '../../src-preload/contract.ts';
import { PORTAL_NAME_PATTERN } from '../../src-preload/portal-name.ts';

export type Handler<C extends ChannelName> = (request: RequestOf<C>) => Result<ValueOf<C>> | Promise<Result<ValueOf<C>>>;
/**
 * How this fake main answers by default. Partial, so that a new channel needs no line here: until a
 * test gives it an answer with `respond`, a call to it fails (see `transport`).
 */
type Handlers = { [C in ChannelName]?: Handler<C> };

export interface Call {
  channel: ChannelName;
  request: unknown;
}

export const alice: UserSummary = {
  id: 'u-alice',
  name: 'Alice',
  lastName: 'Demo',
  email: 'alice@example.com',
  phone: null,
};

/** The second person: two-step verification on (the mock's seed has her as Erin Secure). */
export const erin: UserSummary = {
  id: 'u-erin',
  name: 'Erin',
  lastName: 'Secure',
  email: 'erin@example.com',
  phone: '+15550100005',
};
/** The password this fake main takes to confirm an account change (what `signInAs` types). */
export const accountPassword = 'correct horse';
/** The code the authenticator app shows in this fake (TOTP, JBSWY3DPEHPK3PXP). */
export const appCode = '492039';
/** The social service Erin signs in with; her account then asks for the second step too. */
export const erinSocialProvider = 'microsoft';
/** The secret a setup gives, and its URI for the authenticator app. */
const twoFactorSetup = (): TwoFactorSetup => ({
  otpauthUri: 'otpauth://totp/Bitrix%20ID:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Bitrix%20ID&algorithm=SHA1&digits=6&period=30',
  secret: 'JBSWY3DPEHPK3PXP',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
});
/** Settings as main has them on a first start in the browser harness: the OS's language (English), no tray, no login items. */
export const defaultSettings = (): DesktopSettings => ({
  language: 'system',
  resolvedLanguage: 'en',
  systemLanguage: 'en',
  theme: 'system',
  closeToTray: false,
  startAtLogin: false,
  maxLivePortalViews: 5,
  capabilities: { tray: false, startAtLogin: false },
});
/** Ten recovery codes as main hands them over; `batch` tells one set from the next. */
export const recoveryCodesOf = (batch: number): string[] =>
  Array.from({ length: 10 }, (_, index) => `${batch}${index}k2m-p9x4w`);

export const acmePortal: Portal = {
  id: 'p-1',
  title: 'Acme Corp',
  domain: 'acme.bitrix24.com',
  role: 'admin',
  login: 'alice@example.com',
  status: 'active',
};
export const globexPortal: Portal = {
  id: 'p-2',
  title: 'Globex',
  domain: 'globex.bitrix24.eu',
  role: 'employee',
  login: 'alice.g@example.com',
  status: 'active',
};
export const partnerHubPortal: Portal = {
  id: 'p-3',
  title: 'Partner Hub',
  domain: 'partners.bitrix24.de',
  role: 'extranet',
  login: 'alice@example.com',
  status: 'active',
};
export const portals: Portal[] = [acmePortal, globexPortal, partnerHubPortal];

export const noPrefs = (): PortalPrefs => ({ hiddenIds: [], lastOpenedAt: {}, lastActiveId: null });

/** A list as `portals.list` answers it: complete and online unless told otherwise. */
export const snapshot = (items: Portal[], extra: Partial<PortalsSnapshot> = {}): PortalsSnapshot => ({
  loadId: 1,
  items,
  total: items.length,
  complete: true,
  offline: false,
  prefs: noPrefs(),
  ...extra,
});

/** `count` made-up portals, `p-00001` … (Portal 00001, p00001.bitrix24.com), for the virtual list. */
export const manyPortals = (count: number, from = 1): Portal[] =>
  Array.from({ length: count }, (_, offset) => {
    const number = String(from + offset).padStart(5, '0');
    return {
      id: `p-${number}`,
      title: `Portal ${number}`,
      domain: `p${number}.bitrix24.com`,
      role: 'employee',
      login: 'alice@example.com',
      status: 'active',
    };
  });

export const zones: PortalZone[] = [
  { zone: 'com', domainSuffix: 'bitrix24.com' },
  { zone: 'de', domainSuffix: 'bitrix24.de' },
  { zone: 'ru', domainSuffix: 'bitrix24.ru' },
];

export const mockAppInfo: AppInfo = {
  version: '0.1.0',
  backend: { mode: 'mock', url: 'http://mock.invalid', source: 'default' },
  mockTools: true,
};
export const serverAppInfo: AppInfo = {
  version: '0.1.0',
  backend: { mode: 'url', url: 'https://id.example.com', source: 'settings' },
  mockTools: false,
};
/** What main reports after switching to the server at `url`. */
export const appInfoFor = (url: string, source: AppInfo['backend']['source'] = 'settings'): AppInfo => ({
  version: '0.1.0',
  backend: { mode: 'url', url, source },
  mockTools: false,
});

/** Bitrix24 (web) mode: `url` is the Network's address. */
export const bitrix24AppInfo: AppInfo = {
  version: '0.1.0',
  backend: { mode: 'bitrix24', url: 'https://www.bitrix24.net/', source: 'settings' },
  mockTools: false,
};

/** Bitrix24 mode's first profile, as main creates it when the mode is chosen. */
export const firstProfile: WebProfile = { id: 'a'.repeat(32), name: 'Bitrix24' };

/** In Bitrix24 mode the active profile is "the person" main reports in the session. */
export const profileSession = (profile: WebProfile): SessionState => ({
  status: 'signed_in',
  user: { id: profile.id, name: profile.name, lastName: '', email: null, phone: null },
  persistence: 'keychain',
});

/** A portal of Bitrix24 mode's list: its id is its origin; role and login are unknown. */
export const webPortal = (host: string, title = host): Portal => ({
  id: `https://${host}`,
  title,
  domain: host,
  role: null,
  login: null,
  status: 'active',
});

export const scenarios: MockScenario[] = [
  { name: 'default', description: 'Everything works.' },
  { name: 'slow', description: 'Every answer takes three seconds.' },
  { name: 'rate-limited', description: 'Sign-in and codes hit the rate limit at once.' },
];

export const aliceProfile = (): Profile => ({
  ...alice,
  displayName: 'Alice Demo',
  passwordChangedAt: '2025-03-03T10:00:00.000Z',
  pendingLoginChange: null,
  socialAccounts: [{ provider: 'google', displayName: 'alice.demo@gmail.com' }],
  hasPassword: true,
  twoFactor: { enabled: false, recoveryCodesLeft: 0 },
});

/** Alice's profile as an account made with Yandex that never set a password (as Dana's is in the mock). */
export const noPasswordProfile = (): Profile => ({
  ...aliceProfile(),
  phone: null,
  passwordChangedAt: null,
  socialAccounts: [{ provider: 'yandex', displayName: 'Alice Demo (alice@yandex.ru)' }],
  hasPassword: false,
});

/** The services the fake server offers, in its order (the mock backend's seven). */
export const socialProviders: SocialProvider[] = [
  { id: 'google', name: 'Google' },
  { id: 'apple', name: 'Apple' },
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'yandex', name: 'Yandex' },
  { id: 'vk', name: 'VK' },
  { id: 'zoom', name: 'Zoom' },
];

/** Alice's account at a service, as the service names it (what `social.connect` links). */
export const aliceAt = (provider: string): string =>
  provider === 'google' ? 'alice.demo@gmail.com' : provider === 'apple' ? 'Alice Demo (alice@icloud.com)' : `Alice Demo (alice@${provider}.example)`;

export const policy: PasswordPolicy = {
  minLength: 8,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  forbidLogin: true,
  forbidCurrent: true,
};

export const deviceSessions: DeviceSession[] = [
  { id: 's-1', deviceName: 'Work laptop', client: 'app', location: null, lastActiveAt: new Date().toISOString(), current: true },
  {
    id: 's-2',
    deviceName: 'Firefox on Ubuntu',
    client: 'browser',
    location: 'Berlin, Germany',
    lastActiveAt: '2024-11-20T09:30:00.000Z',
    current: false,
  },
];

/** A pending change as main reports it right after it starts: resend in a minute, valid for an hour. */
export const pendingChange = (channel: 'email' | 'phone', target: string, resendInMs = 60_000): PendingLoginChange => ({
  channel,
  target,
  resendAvailableAt: new Date(Date.now() + resendInMs).toISOString(),
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
});

export const signedIn = (persistence: 'keychain' | 'memory' = 'keychain'): SessionState => ({
  status: 'signed_in',
  user: alice,
  persistence,
});
export const signedOut: SessionState = { status: 'signed_out' };
const signedInAs = (user: UserSummary): SessionState => ({ status: 'signed_in', user, persistence: 'keychain' });

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/**
 * A failure as this fake main sends it. It also carries English text the contract does not have
 * (`main says …`), as an older or a hostile main might: the app must show only its own sentences.
 */
export const failure = (code: BridgeError['code'], extra: Partial<BridgeError> = {}): Result<never> => {
  const stray = { message: `main says ${code}` };
  return { ok: false, error: { code, ...extra, ...stray } };
};

/** A promise with its resolver, to hold a call open while the test looks at the busy state. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

export class FakeBridge {
  readonly calls: Call[] = [];
  /**
   * The account as this fake main sees it. The default login-change handlers follow the real
   * rules: the new login takes effect only when confirmed (code "123456", or any link or token).
   */
  profile: Profile = aliceProfile();
  /** The mock backend's scenario as this fake main sees it; `mock.reset` goes back to `default`. */
  scenario = 'default';
  /**
   * While true, `social.signIn` and `social.connect` wait as main waits for the system browser:
   * until `finishBrowser()` (the person finished there) or `social.cancel` (they resolve `cancelled`).
   * While false they answer at once, as if the person had finished in the browser instantly.
   */
  holdBrowser = false;
  /** The account's sessions as this fake main sees them (`account.signOutSession` removes one). */
  sessions: DeviceSession[] = structuredClone(deviceSessions);
  /** The account's application passwords; `appPasswords.create` makes one whose password is `newAppPassword`. */
  appPasswords: AppPassword[] = [];
  newAppPassword = 'abcd efgh ijkl mnop';
  /** This device's portal preferences as main keeps them (`portals.setHidden` changes them). */
  prefs: PortalPrefs = noPrefs();
  /** The Settings screen's choices as main keeps them; `settings.update` applies a change and says so. */
  settings: DesktopSettings = defaultSettings();
  /** The portal views alive in main. */
  views: PortalViewsState = { live: [], activeId: null };
  /** Bitrix24 mode: this device's profiles as main keeps them. */
  webProfiles: WebProfiles = { profiles: [firstProfile], activeId: firstProfile.id };
  /** Bitrix24 mode: each profile's portal list (a new profile's is empty). */
  readonly webPortalsOf = new Map<string, Portal[]>([
    [firstProfile.id, [webPortal('acme.bitrix24.com', 'Acme'), webPortal('globex.bitrix24.de', 'Globex')]],
  ]);
  /** Bitrix24 mode: the active profile's portal list. */
  get webPortals(): Portal[] {
    return this.webPortalsOf.get(this.webProfiles.activeId) ?? [];
  }
  set webPortals(list: Portal[]) {
    this.webPortalsOf.set(this.webProfiles.activeId, list);
  }
  private profilesMade = 0;
  /** Names no new portal may take (the mock's other portals). */
  readonly takenNames = new Set(['acme', 'globex']);
  /** How many more portals the person may create (of 7). */
  portalsLeftToCreate = 5;
  private loadId = 1;
  private suggestions = 0;
  /**
   * Two-step sign-in as main holds it: whose sign-in waits for a code, and how many wrong codes it
   * still takes (5, as the server's rule). Erin's password and her social service lead here.
   */
  twoFactorChallenge: { user: UserSummary; attemptsLeft: number } | null = null;
  /** Recovery codes of the two-step account not used yet (Erin's, or the signed-in person's once made). */
  recoveryCodes: string[] = recoveryCodesOf(1);
  /** A started two-step setup (`twoFactor.beginSetup`) that `twoFactor.enable` confirms. */
  twoFactorSetupStarted = false;
  private recoveryBatches = 1;
  /** QR sign-ins started so far: each gets its own code. */
  private qrStarts = 0;
  /** Ends the QR sign-in's `qrSignIn.wait`: signed in as Alice, or failed with `code`. */
  private qrWait: ((code?: BridgeError['code']) => void) | null = null;
  /** Ends the browser round trip that is waiting: with its usual outcome, or with `code`. */
  private browserWait: ((code?: BridgeError['code']) => void) | null = null;
  private readonly handlers: Handlers = {
    'app.info': () => ok(mockAppInfo),
    // As in development: no update feed, so updates are off.
    'app.updateStatus': () => ok({ state: 'disabled' }),
    'app.checkForUpdates': () => ok({ state: 'disabled' }),
    'app.restartToUpdate': () => ok({ restarting: false }),
    'session.get': () => ok(signedOut),
    'settings.get': () => ok(structuredClone(this.settings)),
    // The system's proxy, as a new install has; the proxy section's own tests answer the rest.
    'proxy.get': () => ok({ mode: 'system', url: null, hasCredentials: false }),
    // As main does: what this desktop cannot do is refused; anything else applies and is announced.
    'settings.update': (change) => {
      const { capabilities } = this.settings;
      if ((change.closeToTray !== undefined && !capabilities.tray) || (change.startAtLogin !== undefined && !capabilities.startAtLogin)) {
        return failure('unsupported');
      }
      const next = { ...this.settings, ...change };
      this.settings = { ...next, resolvedLanguage: next.language === 'system' ? next.systemLanguage : next.language };
      this.emit('settings.changed', structuredClone(this.settings));
      return ok(structuredClone(this.settings));
    },
    'session.signIn': ({ login }) => {
      if (login.trim() !== erin.email) return ok(signedIn());
      this.twoFactorChallenge = { user: erin, attemptsLeft: 5 };
      return failure('two_factor_required');
    },
    'session.verifyTwoFactor': ({ code }) => {
      const challenge = this.twoFactorChallenge;
      if (!challenge) return failure('sign_in_expired');
      if (this.isRightCode(code)) {
        this.twoFactorChallenge = null;
        return ok(signedInAs(challenge.user));
      }
      challenge.attemptsLeft -= 1;
      if (challenge.attemptsLeft > 0) return failure('invalid_code', { attemptsLeft: challenge.attemptsLeft });
      this.twoFactorChallenge = null;
      return failure('sign_in_expired');
    },
    'session.cancelTwoFactor': () => {
      const cancelled = this.twoFactorChallenge !== null;
      this.twoFactorChallenge = null;
      return ok({ cancelled });
    },
    // As main does: the password and (once on) a current code prove it is the person.
    'twoFactor.beginSetup': ({ currentPassword, code }) => {
      if (!this.profile.hasPassword) return failure('password_not_set');
      if (currentPassword !== accountPassword) return failure('wrong_password');
      if (this.profile.twoFactor.enabled && !this.isRightCode(code ?? '')) return failure('invalid_code', { attemptsLeft: 4 });
      this.twoFactorSetupStarted = true;
      return ok(twoFactorSetup());
    },
    'twoFactor.enable': ({ code }) => {
      if (!this.twoFactorSetupStarted) return failure('code_expired');
      if (code !== appCode) return failure('invalid_code', { attemptsLeft: 4 });
      this.twoFactorSetupStarted = false;
      this.recoveryCodes = recoveryCodesOf(++this.recoveryBatches);
      this.profile = { ...this.profile, twoFactor: { enabled: true, recoveryCodesLeft: this.recoveryCodes.length } };
      return ok({ codes: [...this.recoveryCodes] });
    },
    'twoFactor.disable': ({ currentPassword, code }) => {
      if (currentPassword !== accountPassword) return failure('wrong_password');
      if (!this.isRightCode(code)) return failure('invalid_code', { attemptsLeft: 4 });
      this.recoveryCodes = [];
      this.profile = { ...this.profile, twoFactor: { enabled: false, recoveryCodesLeft: 0 } };
      return ok(structuredClone(this.profile));
    },
    'twoFactor.newRecoveryCodes': ({ currentPassword, code }) => {
      if (currentPassword !== accountPassword) return failure('wrong_password');
      if (!this.isRightCode(code)) return failure('invalid_code', { attemptsLeft: 4 });
      this.recoveryCodes = recoveryCodesOf(++this.recoveryBatches);
      this.profile = { ...this.profile, twoFactor: { enabled: true, recoveryCodesLeft: this.recoveryCodes.length } };
      return ok({ codes: [...this.recoveryCodes] });
    },
    // As the embedded mock does: Erin's code of this 30-second step.
    'mock.twoFactorCodes': () =>
      ok([{ login: erin.email ?? '', code: appCode, validUntil: new Date(Date.now() + 12_000).toISOString() }]),
    'session.signOut': () => ok({ status: 'signed_out', reason: 'signed_out' }),
    'profile.get': () => ok(structuredClone(this.profile)),
    'portals.list': () => ok(snapshot(portals, { loadId: this.loadId, prefs: structuredClone(this.prefs) })),
    'portals.reload': () => ok(snapshot(portals, { loadId: ++this.loadId, prefs: structuredClone(this.prefs) })),
    'portals.linkedNotice': () => ok({ newlyLinked: [] }),
    // As main does: a live view is shown again at once; a new one is created (and announced).
    'portals.open': ({ portalId }) => {
      const reused = this.views.live.some((view) => view.portalId === portalId);
      const view: PortalView = { portalId, frameUrl: `/portal-frame/${portalId}`, reused };
      this.views = { live: [view, ...this.views.live.filter((other) => other.portalId !== portalId)], activeId: portalId };
      if (!reused) this.emit('portals.views', structuredClone(this.views));
      return ok(view);
    },
    'portals.layout': ({ bounds }) => ok({ shown: bounds !== null }),
    'portals.signOut': ({ portalId }) => {
      const live = this.views.live.filter((view) => view.portalId !== portalId);
      this.views = { live, activeId: this.views.activeId === portalId ? null : this.views.activeId };
      return ok(structuredClone(this.views));
    },
    'portals.setHidden': ({ portalId, hidden }) => {
      const others = this.prefs.hiddenIds.filter((id) => id !== portalId);
      this.prefs = { ...this.prefs, hiddenIds: hidden ? [...others, portalId] : others };
      return ok(structuredClone(this.prefs));
    },
    'portals.zones': () => ok(structuredClone(zones)),
    'portals.suggestName': ({ zone }) => {
      const name = `b24-suggested${++this.suggestions}`;
      return ok({ name, domain: `${name}.bitrix24.${zone}` });
    },
    'portals.checkName': ({ name }) => {
      if (!PORTAL_NAME_PATTERN.test(name)) return ok({ available: false, reason: 'invalid' });
      return ok(this.takenNames.has(name) ? { available: false, reason: 'taken' } : { available: true });
    },
    'portals.creationQuota': () => ok({ max: 7, remaining: this.portalsLeftToCreate }),
    'portals.create': ({ name, zone, title }) => {
      if (this.takenNames.has(name)) return failure('portal_name_taken');
      if (this.portalsLeftToCreate === 0) return failure('portal_limit_reached');
      this.takenNames.add(name);
      this.portalsLeftToCreate -= 1;
      const suffix = zones.find((candidate) => candidate.zone === zone)?.domainSuffix ?? `bitrix24.${zone}`;
      return ok({ id: `p-${name}`, title: title?.trim() || name, domain: `${name}.${suffix}`, role: 'admin', login: 'alice@example.com', status: 'active' });
    },
    'account.sessions': () => ok(structuredClone(this.sessions)),
    'account.signOutSession': ({ id }) => {
      const session = this.sessions.find((candidate) => candidate.id === id);
      if (!session) return failure('not_found');
      if (session.current) return failure('forbidden');
      this.sessions = this.sessions.filter((candidate) => candidate.id !== id);
      return ok(structuredClone(this.sessions));
    },
    'appPasswords.list': () => ok(structuredClone(this.appPasswords)),
    'appPasswords.create': ({ name }) => {
      if (this.appPasswords.length >= 20) return failure('app_password_limit_reached');
      const appPassword: AppPassword = { id: `ap-${this.appPasswords.length + 1}`, name: name.trim(), createdAt: new Date().toISOString(), lastUsedAt: null };
      this.appPasswords = [appPassword, ...this.appPasswords];
      return ok({ appPassword: structuredClone(appPassword), password: this.newAppPassword });
    },
    'appPasswords.revoke': ({ id }) => {
      if (!this.appPasswords.some((appPassword) => appPassword.id === id)) return failure('not_found');
      this.appPasswords = this.appPasswords.filter((appPassword) => appPassword.id !== id);
      return ok(structuredClone(this.appPasswords));
    },
    'account.changeLogin': ({ channel, value }) => {
      const pending = pendingChange(channel, value.trim());
      this.profile = { ...this.profile, pendingLoginChange: pending };
      return ok(pending);
    },
    'account.confirmLoginChange': ({ confirmation }) => {
      const pending = this.profile.pendingLoginChange;
      if (!pending) return failure('code_expired');
      if (pending.channel === 'phone' && confirmation.trim() !== '123456') return failure('invalid_code', { attemptsLeft: 2 });
      this.profile = { ...this.profile, [pending.channel]: pending.target, pendingLoginChange: null };
      return ok(structuredClone(this.profile));
    },
    'account.resendLoginChange': () => {
      const pending = this.profile.pendingLoginChange;
      if (!pending) return failure('code_expired');
      const again = pendingChange(pending.channel, pending.target);
      this.profile = { ...this.profile, pendingLoginChange: again };
      return ok(again);
    },
    'account.cancelLoginChange': () => {
      this.profile = { ...this.profile, pendingLoginChange: null };
      return ok(structuredClone(this.profile));
    },
    'account.passwordPolicy': () => ok(policy),
    'account.changePassword': () => ok({ passwordChangedAt: new Date().toISOString() }),
    'account.logOutEverywhere': () => ok({ status: 'signed_out', reason: 'logged_out_everywhere' }),
    // As main does for an account without a password: code "123456" proves it, so does a social sign-in again.
    'account.sendProofCode': ({ channel }) =>
      ok({
        channel,
        sentTo: (channel === 'email' ? this.profile.email : this.profile.phone) ?? '',
        resendAvailableAt: new Date(Date.now() + 60_000).toISOString(),
        expiresAt: new Date(Date.now() + 600_000).toISOString(),
      }),
    'account.proveWithCode': ({ code }) =>
      code === '123456' ? ok({ validUntil: new Date(Date.now() + 300_000).toISOString() }) : failure('invalid_code', { attemptsLeft: 4 }),
    'account.proveWithSocial': () => ok({ validUntil: new Date(Date.now() + 300_000).toISOString() }),
    'account.setPassword': () => {
      this.profile = { ...this.profile, hasPassword: true, passwordChangedAt: new Date().toISOString() };
      return ok(structuredClone(this.profile));
    },
    'recovery.request': () => ok({ retryAfterMs: 60_000 }),
    'recovery.complete': () => ok({ status: 'signed_out', reason: 'password_reset' }),
    // The app was opened with no bitrixid:// link.
    'links.pending': () => ok(null),
    'links.confirmLogin': () => ok({ kind: 'confirm-login', state: 'confirmed' }),
    'links.completeRecovery': () => failure('code_expired'),
    'links.dismiss': () => ok({ dismissed: false }),
    'mock.inbox': () => ok([]),
    'mock.scenarios': () => ok(this.scenarioList()),
    'mock.setScenario': ({ name }) => {
      if (!scenarios.some((scenario) => scenario.name === name)) return failure('not_found');
      this.scenario = name;
      return ok(this.scenarioList());
    },
    // As main does: the data goes back to the seed and this app's session ends.
    'mock.reset': () => {
      this.scenario = 'default';
      this.profile = aliceProfile();
      this.emit('session.changed', { status: 'signed_out', reason: 'signed_out' });
      return ok(this.scenarioList());
    },
    'server.test': () => ok({ name: 'Bitrix ID mock server', version: '1.4.0' }),
    // As main does: signs out of the old server first, then says the backend changed.
    'server.set': ({ url }) => {
      const info = url === null ? mockAppInfo : appInfoFor(url.trim());
      this.emit('session.changed', { status: 'signed_out', reason: 'signed_out' });
      this.emit('app.changed', info);
      return ok(info);
    },
    // As main does: the old backend's session ends, the first profile is signed in, the backend changed.
    'server.useBitrix24': () => {
      this.bitrix24Mode();
      this.emit('session.changed', { status: 'signed_out', reason: 'signed_out' });
      this.emit('app.changed', bitrix24AppInfo);
      this.emit('session.changed', this.activeProfileSession());
      return ok(bitrix24AppInfo);
    },
    'backend.status': () => ok({ reachable: true }),
    'portals.add': ({ address }) => {
      const host = address.trim().replace(/^https:\/\//, '').replace(/\/.*$/, '');
      const portal = webPortal(host);
      if (!this.webPortals.some((listed) => listed.id === portal.id)) this.webPortals = [...this.webPortals, portal];
      return ok(portal);
    },
    'portals.remove': ({ portalId }) => {
      this.webPortals = this.webPortals.filter((portal) => portal.id !== portalId);
      return ok(snapshot(this.webPortals, { loadId: ++this.loadId, prefs: structuredClone(this.prefs) }));
    },
    'portals.import': () => ok({ added: 0, duplicates: 0, refused: [] }),
    'portals.export': () => ok({ text: this.webPortals.map((portal) => `${portal.id}\n`).join(''), count: this.webPortals.length }),
    'portals.unread': () => ok({ counts: {}, total: 0 }),
    // As main does: the Network's view becomes the active one, announced like a portal's.
    'network.open': ({ page }) => {
      const reused = this.views.live.some((view) => view.portalId === NETWORK_VIEW_ID);
      const view: PortalView = { portalId: NETWORK_VIEW_ID, frameUrl: `/network-frame/${page}`, reused };
      this.views = { live: [view, ...this.views.live.filter((other) => other.portalId !== NETWORK_VIEW_ID)], activeId: NETWORK_VIEW_ID };
      this.emit('portals.views', structuredClone(this.views));
      return ok(view);
    },
    'profiles.list': () => ok(structuredClone(this.webProfiles)),
    'profiles.add': ({ name }) => {
      const profile: WebProfile = { id: String(++this.profilesMade).padStart(32, 'b'), name: name ?? 'Bitrix24' };
      return this.profilesChanged({ profiles: [...this.webProfiles.profiles, profile], activeId: profile.id });
    },
    'profiles.rename': ({ id, name }) =>
      this.profilesChanged({
        ...this.webProfiles,
        profiles: this.webProfiles.profiles.map((profile) => (profile.id === id ? { ...profile, name: name.trim() } : profile)),
      }),
    'profiles.remove': ({ id }) => {
      const profiles = this.webProfiles.profiles.filter((profile) => profile.id !== id);
      const first = profiles[0];
      if (!first) return failure('last_profile');
      return this.profilesChanged({ profiles, activeId: this.webProfiles.activeId === id ? first.id : this.webProfiles.activeId });
    },
    'profiles.switch': ({ id }) => this.profilesChanged({ ...this.webProfiles, activeId: id }),
    'profiles.signOut': () => ok(structuredClone(this.webProfiles)),
    'social.providers': () => ok(structuredClone(socialProviders)),
    // As the mock backend does: a service linked to Alice signs her in; any other is linked to nobody.
    // Erin's service leads to her second step.
    'social.signIn': ({ provider }) =>
      this.browserRoundTrip(() => {
        if (provider === erinSocialProvider) {
          this.twoFactorChallenge = { user: erin, attemptsLeft: 5 };
          return failure('two_factor_required');
        }
        return this.isConnected(provider) ? ok(signedIn()) : failure('social_not_linked');
      }),
    'social.connect': ({ provider }) =>
      this.browserRoundTrip(() => {
        if (!this.isConnected(provider)) {
          const socialAccounts = [...this.profile.socialAccounts, { provider, displayName: aliceAt(provider) }];
          this.profile = { ...this.profile, socialAccounts };
        }
        return ok(structuredClone(this.profile));
      }),
    'social.disconnect': ({ provider }) => {
      const socialAccounts = this.profile.socialAccounts.filter((account) => account.provider !== provider);
      if (!this.profile.hasPassword && socialAccounts.length === 0) return failure('last_sign_in_method');
      this.profile = { ...this.profile, socialAccounts };
      return ok(structuredClone(this.profile));
    },
    // As main does: a new request replaces the waiting one, whose wait answers `cancelled`.
    'qrSignIn.start': () => {
      this.qrWait?.('cancelled');
      const code = ['BCDF-GHJK', 'LMNP-QRST', 'VWXZ-BCDF'][this.qrStarts++ % 3] ?? 'BCDF-GHJK';
      return ok({ link: `http://mock.invalid/qr?code=${code}`, userCode: code, expiresAt: new Date(Date.now() + 105_000).toISOString() });
    },
    // Waits until a phone approves (`finishQrSignIn`, or the mock panel's button), it expires or is cancelled.
    'qrSignIn.wait': () =>
      new Promise((resolve) => {
        const finish = (code?: BridgeError['code']) => {
          if (this.qrWait === finish) this.qrWait = null;
          resolve(code ? failure(code) : ok(signedIn()));
        };
        this.qrWait = finish;
      }),
    'qrSignIn.cancel': () => {
      const waiting = this.qrWait;
      waiting?.('cancelled');
      return ok({ cancelled: waiting !== null });
    },
    'account.approveQrSignIn': () => ok({ deviceName: 'Kitchen laptop' }),
    'mock.approveQrSignIn': () => {
      if (!this.qrWait) return failure('not_found');
      this.qrWait();
      return ok({ deviceName: 'Bitrix ID Desktop on this computer' });
    },
    // As main does: the waiting sign-in or connect resolves `cancelled`.
    'social.cancel': () => {
      const waiting = this.browserWait;
      waiting?.('cancelled');
      return ok({ cancelled: waiting !== null });
    },
  };

  /** Whether a QR sign-in waits for approval. */
  get qrWaiting(): boolean {
    return this.qrWait !== null;
  }

  /** The QR sign-in that waits ends: approved (signed in as Alice), or failed with `code`. */
  finishQrSignIn(code?: BridgeError['code']): void {
    if (!this.qrWait) throw new Error('No QR sign-in is waiting');
    this.qrWait(code);
  }

  /** Whether the browser round trip of a social sign-in or connect is waiting for the person. */
  get browserWaiting(): boolean {
    return this.browserWait !== null;
  }

  /** The person finished at the service's page: the waiting call answers (with its usual outcome, or `code`). */
  finishBrowser(code?: BridgeError['code']): void {
    if (!this.browserWait) throw new Error('No social sign-in or connect is waiting for the browser');
    this.browserWait(code);
  }

  /** The app's current code, or a recovery code not used yet (which this uses up). */
  private isRightCode(code: string): boolean {
    if (code === appCode) return true;
    const index = this.recoveryCodes.indexOf(code);
    if (index < 0) return false;
    this.recoveryCodes.splice(index, 1);
    return true;
  }

  private isConnected(provider: string): boolean {
    return this.profile.socialAccounts.some((account) => account.provider === provider);
  }

  private browserRoundTrip<T>(outcome: () => Result<T>): Result<T> | Promise<Result<T>> {
    if (!this.holdBrowser) return outcome();
    // As main does: a new round trip ends the one still waiting.
    this.browserWait?.('cancelled');
    return new Promise((resolve) => {
      const finish = (code?: BridgeError['code']) => {
        if (this.browserWait === finish) this.browserWait = null;
        resolve(code ? failure(code) : outcome());
      };
      this.browserWait = finish;
    });
  }

  private scenarioList(): MockScenarios {
    return { current: this.scenario, available: structuredClone(scenarios) };
  }
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  /** Starts the app in Bitrix24 mode: the active profile signed in, its portals listed. */
  bitrix24Mode(): this {
    return this.respond('app.info', () => ok(bitrix24AppInfo))
      .respond('session.get', () => ok(this.activeProfileSession()))
      .respond('portals.list', () => ok(snapshot(this.webPortals, { loadId: this.loadId, prefs: structuredClone(this.prefs) })))
      .respond('portals.reload', () => ok(snapshot(this.webPortals, { loadId: ++this.loadId, prefs: structuredClone(this.prefs) })));
  }

  private activeProfileSession(): SessionState {
    const active = this.webProfiles.profiles.find((profile) => profile.id === this.webProfiles.activeId) ?? firstProfile;
    return profileSession(active);
  }

  /** As main does: the profiles change; a new active profile is a new person (its own list). */
  private profilesChanged(next: WebProfiles): Result<WebProfiles> {
    const personChanged = next.activeId !== this.webProfiles.activeId;
    this.webProfiles = next;
    this.emit('profiles.changed', structuredClone(next));
    if (personChanged) this.emit('session.changed', this.activeProfileSession());
    return ok(structuredClone(next));
  }

  /** Replaces how one channel answers. */
  respond<C extends ChannelName>(channel: C, handler: Handler<C>): this {
    (this.handlers as Record<C, Handler<C>>)[channel] = handler;
    return this;
  }

  /** How one channel answers now: to wrap it (hold its answer, say) without rewriting it. */
  handlerOf<C extends ChannelName>(channel: C): Handler<C> {
    const handler = (this.handlers as Record<C, Handler<C> | undefined>)[channel];
    if (!handler) throw new Error(`The fake bridge has no answer for ${channel}`);
    return handler;
  }

  /** Sends an event from "main" to every subscriber. */
  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  callsTo(channel: ChannelName): Call[] {
    return this.calls.filter((call) => call.channel === channel);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  private readonly transport: BridgeTransport = {
    invoke: async (channel, request) => {
      this.calls.push({ channel, request });
      // Answers always arrive asynchronously, as they do over IPC.
      await Promise.resolve();
      const answer = this.handlers[channel] as ((request: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
      if (!answer) throw new Error(`The fake bridge has no answer for ${channel}: give it one with respond()`);
      return answer(request);
    },
    subscribe: (event, listener) => {
      const set = this.listeners.get(event) ?? new Set();
      this.listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };

  private bridge: BitrixIdApi | null = null;

  /**
   * The bridge the app gets, made on first use as the preload makes it just before the app's code
   * runs: its early calls (`app.info`, `session.get`) reach the handlers a test set up by then.
   */
  get api(): BitrixIdApi {
    this.bridge ??= createBridge(this.transport);
    return this.bridge;
  }
}
