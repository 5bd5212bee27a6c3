/**
 * The bridge contract: every channel the renderer may call and the value it resolves to, every
 * event main may send, and every error code. Main, the preload, the browser harness and the
 * renderer are all built from this one module, so they cannot disagree. It holds no zod (the
 * requests' schemas are in `request-schemas.ts`, imported here for their types only), so the
 * sandboxed preload bundles just the names.
 */
import type { LanguageSetting, UiLanguage } from './languages.ts';
import type { z } from 'zod';
import type { requestSchemas } from './request-schemas.ts';

/**
 * The closed set of failures: the one table of error codes. Their only wording is the renderer's
 * catalogues (`errors` in src-renderer/src/i18n, typed to hold a sentence for every code).
 */
export const errorCodes = [
  'invalid_credentials',
  'validation',
  'network',
  'timeout',
  'server',
  'rate_limited',
  'unauthorized',
  'keychain_unavailable',
  'forbidden',
  'not_found',
  'internal',
  /** The current password given to confirm an account change is wrong. */
  'wrong_password',
  /** The new e-mail or phone belongs to another Bitrix ID. */
  'login_taken',
  /** A confirmation code or link is wrong; `attemptsLeft` says how many tries remain. */
  'invalid_code',
  /** The pending change or its code is gone: expired, used up, or never started. */
  'code_expired',
  /** A recovery checkword is used, expired or superseded. */
  'invalid_checkword',
  /** The social identity is linked to no Bitrix ID: sign in with the password and connect it. */
  'social_not_linked',
  /** The social identity already belongs to another Bitrix ID. */
  'social_taken',
  /** Disconnecting would leave the Bitrix ID with no way in (no password, no other service). */
  'last_sign_in_method',
  /** The person cancelled, or closed the browser's sign-in page. */
  'cancelled',
  /** Text messages cannot be sent right now; e-mail still works. `retryAfterMs` says when to retry. */
  'sms_unavailable',
  /** The portal was deleted or the person's access revoked; `reason` says which. */
  'portal_unavailable',
  /**
   * The browser harness cannot show this portal's page: it frames only pages it serves itself (the
   * mock's), and a real portal refuses to be shown inside another site. The portal opens in a browser.
   */
  'frame_refused',
  /** The profile already created the most portals it may (7). */
  'portal_limit_reached',
  /** The portal name is already taken in that zone. */
  'portal_name_taken',
  /**
   * The backend in use cannot do this: in Bitrix24 mode there is no Bitrix ID API, so account
   * changes happen on the Network's own pages; tester tools need the embedded mock.
   */
  'unsupported',
  /** A portal address was refused; `addressProblem` says why. */
  'invalid_address',
  /** An import file was refused whole (nothing was added); `importProblem` says why. */
  'import_refused',
  /** The profile's portal list holds the most portals it may (10,000). */
  'portal_list_full',
  /** This device holds the most Bitrix24 profiles it may (20). */
  'profile_limit_reached',
  /** The only profile cannot be removed: Bitrix24 mode always has one. */
  'last_profile',
  /**
   * The password (or social sign-in) was right and the account has two-step sign-in: main holds the
   * sign-in's challenge; finish it with `session.verifyTwoFactor` (a code from the authenticator app
   * or a recovery code).
   */
  'two_factor_required',
  /**
   * The sign-in's second step or the QR sign-in request ended (5 wrong codes, or it expired, or it
   * was used): start again.
   */
  'sign_in_expired',
  /** Signed in with an application password, which cannot change the account. */
  'limited_session',
  /** The account has no password yet (made with a social service): set one first. */
  'password_not_set',
  /** The change needs the person to prove it is them (a code sent to them, or their social service) first, or again. */
  'proof_required',
  /** The account has the most application passwords it may (20). */
  'app_password_limit_reached',
  /** The server address answers, but not as a Bitrix ID server does (no health answer of its shape). */
  'not_bitrix_id_server',
  /**
   * The server's HTTPS certificate is not trusted by this computer: a company root certificate is
   * missing from the OS, or a proxy intercepts HTTPS with its own.
   */
  'untrusted_certificate',
  /** The proxy in use could not be reached, or refused to pass the call on. */
  'proxy_failed',
  /** The proxy in use wants a user name and password, or refused the ones saved. */
  'proxy_auth_required',
  /**
   * Browser harness only: the page holds the secret of an earlier run of the harness (it was
   * restarted), so main never saw the call; the page must be opened again from the new address.
   */
  'app_restarted',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Why a field was refused; the UI has a sentence for each, so no server text is shown raw. */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'invalid',
  'invalid_email',
  'invalid_phone',
  'too_short',
  'needs_upper',
  'needs_lower',
  'needs_digit',
  'same_as_current',
  'contains_login',
  'mismatch',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];
export const isFieldErrorCode = (value: unknown): value is FieldErrorCode =>
  typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);

/**
 * A failure as it crosses the bridge: a code and its details, never text. The renderer's catalogues
 * hold the only wording, so nothing main (or a server) writes reaches the person.
 */
export interface BridgeError {
  code: ErrorCode;
  /** Per-field reasons, keyed by request field name. */
  fields?: Record<string, FieldErrorCode>;
  retryAfterMs?: number;
  /** With `invalid_code`: how many more tries the pending change allows. */
  attemptsLeft?: number;
  /** With `portal_unavailable`: why the portal cannot be opened. */
  reason?: PortalUnavailableReason;
  /** With `invalid_address`: what is wrong with the address. */
  addressProblem?: PortalAddressProblem;
  /** With `import_refused`: why the whole file was refused. */
  importProblem?: ImportFileProblem;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: BridgeError): Result<never> => ({ ok: false, error });

/**
 * The embedded mock; a server at a URL that speaks the Bitrix ID API; or Bitrix24 (web) mode, which
 * needs no API: the Network's and the portals' own pages in a profile's session partition.
 */
export type BackendMode = 'mock' | 'url' | 'bitrix24';

/** Where the backend choice came from: the command line or environment wins over the saved setting. */
export type BackendSource = 'default' | 'settings' | 'override';

export interface AppInfo {
  version: string;
  /** `url` is the API server's address, the embedded mock's, or in Bitrix24 mode the Network's. */
  backend: { mode: BackendMode; url: string; source: BackendSource };
  /** Tester tools (mock inbox, scenarios) are offered only with the embedded mock, never with a real server. */
  mockTools: boolean;
}

/** The window's colours: the OS's, or always light or dark. */
export type ThemeSetting = 'system' | 'light' | 'dark';

/** What this runtime can do on the desktop: the browser harness has no tray and no login items. */
export interface DesktopCapabilities {
  tray: boolean;
  startAtLogin: boolean;
}

/** The Settings screen's choices, as main keeps them (settings.json) and applies them. */
export interface DesktopSettings {
  language: LanguageSetting;
  /** The language in effect: the chosen one, or the OS's when we have it, else English. */
  resolvedLanguage: UiLanguage;
  /** The OS's language as the app has it (English when it has not): what "System language" means now. */
  systemLanguage: UiLanguage;
  theme: ThemeSetting;
  /** Closing the window keeps the app running in the tray (menu bar on macOS). */
  closeToTray: boolean;
  /** The app starts when the person signs in to the OS, minimized to the tray. */
  startAtLogin: boolean;
  /** How many portal views stay alive for an instant switch back. */
  maxLivePortalViews: number;
  capabilities: DesktopCapabilities;
}

/** How main's calls reach the network: the OS's proxy settings, or the proxy the person typed. */
export type ProxyMode = 'system' | 'manual';

/** The proxy settings as the Settings screen sees them: never the user name or the password. */
export interface ProxySettings {
  mode: ProxyMode;
  /** The manual proxy's address (`http://host:port`), or null with the system's settings. */
  url: string | null;
  /** Whether a user name and password for the manual proxy are saved in the OS keychain. */
  hasCredentials: boolean;
}

/** What a server says of itself at `GET /health`. */
export interface ServerHealth {
  name: string;
  version: string;
}

export interface MockScenario {
  name: string;
  description: string;
}

export interface MockScenarios {
  current: string;
  available: MockScenario[];
}

/** Whether main can reach the backend; sent when it changes, and answered by `backend.status`. */
export interface BackendStatus {
  reachable: boolean;
}

export interface UserSummary {
  id: string;
  name: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/** Where the refresh token is kept: the OS keychain, or only this process's memory. */
export type TokenPersistence = 'keychain' | 'memory';

/**
 * Why a session ended: the person signed out; the server stopped accepting it (expired, or revoked
 * from another device); this device logged out on all devices; or a password reset revoked it.
 */
export type SessionEndReason = 'signed_out' | 'expired' | 'revoked' | 'logged_out_everywhere' | 'password_reset';

export type SessionState =
  | {
      status: 'signed_out';
      reason?: SessionEndReason;
      restoreError?: BridgeError;
      /** The login of the last person who signed in on this device (never one only typed somewhere). */
      lastLogin?: string;
    }
  | {
      status: 'signed_in';
      user: UserSummary;
      persistence: TokenPersistence;
      /** Signed in with an application password: the account cannot be changed in this session. */
      limited?: true;
    };

export type LoginChannel = 'email' | 'phone';

/** A login change waiting for confirmation; the old login stays in force until then. */
export interface PendingLoginChange {
  channel: LoginChannel;
  /** The new e-mail, or the new phone in E.164. */
  target: string;
  /** ISO time when "Send again" becomes possible. */
  resendAvailableAt: string;
  /** ISO time when the link or code stops working. */
  expiresAt: string;
}

export interface SocialAccount {
  provider: string;
  displayName: string;
}

/** A social service offered by the server (`GET /social/providers`); icons ship with the app. */
export interface SocialProvider {
  id: string;
  name: string;
}

export interface Profile extends UserSummary {
  /** Display name as the server formats it. */
  displayName: string;
  /** False for an account made with a social service that has never set a password. */
  hasPassword: boolean;
  /** ISO time of the last password change, if the server knows it. */
  passwordChangedAt: string | null;
  pendingLoginChange: PendingLoginChange | null;
  socialAccounts: SocialAccount[];
  twoFactor: TwoFactorStatus;
}

/** Two-step sign-in (TOTP, RFC 6238) as the profile shows it. */
export interface TwoFactorStatus {
  enabled: boolean;
  /** Recovery codes not used yet (0 when two-step is off). */
  recoveryCodesLeft: number;
}

/**
 * Turning two-step on (or setting it up again on a new phone): what the authenticator app needs.
 * Shown once on the screen and never kept in a store; main keeps the setup's id for `twoFactor.enable`.
 */
export interface TwoFactorSetup {
  /** `otpauth://totp/…`, drawn as a QR code. */
  otpauthUri: string;
  /** The same secret in base32, for typing in by hand. */
  secret: string;
  /** ISO time after which the setup must be started again. */
  expiresAt: string;
}

/** Ten one-time codes that stand in for the authenticator app; shown once, right after they are made. */
export interface RecoveryCodes {
  codes: string[];
}

/** A password for a program that cannot do two-step (mail, calendar sync); it cannot change the account. */
export interface AppPassword {
  id: string;
  name: string;
  /** ISO time. */
  createdAt: string;
  /** ISO time; null if never used. */
  lastUsedAt: string | null;
}

/** A new application password: `password` is shown once and never again. */
export interface NewAppPassword {
  appPassword: AppPassword;
  password: string;
}

/** A code sent to prove it is the person (an account without a password proves itself this way). */
export interface ProofCodeSent {
  channel: LoginChannel;
  /** The e-mail or phone it went to. */
  sentTo: string;
  /** ISO times. */
  resendAvailableAt: string;
  expiresAt: string;
}

/** The person proved it is them: changes that need it are allowed until `validUntil` (ISO); main keeps the proof. */
export interface Proof {
  validUntil: string;
}

/**
 * A QR sign-in request (device authorization, RFC 8628) this app waits on: `link` is what the QR
 * code carries and what a signed-in device approves. Main keeps the device code and polls.
 */
export interface QrSignInRequest {
  link: string;
  /** The short code in the link, shown beside the QR code for reading out. */
  userCode: string;
  /** ISO time. */
  expiresAt: string;
}

/** A QR sign-in request this account approved: the device that asked. */
export interface QrApproval {
  deviceName: string;
}

/** Mock mode only: a two-step account's current code, for testers (the mock's own clock). */
export interface MockTwoFactorCode {
  login: string;
  code: string;
  /** ISO time the code's 30-second step ends. */
  validUntil: string;
}

/** One signed-in device or browser of the account. */
export interface DeviceSession {
  id: string;
  deviceName: string;
  client: 'app' | 'browser';
  /** Where it was last active, as the server places its address (e.g. "Berlin, Germany"); null if unknown. */
  location: string | null;
  /** ISO time. */
  lastActiveAt: string;
  current: boolean;
}

/** The server's password rules, shown live as the person types. */
export interface PasswordPolicy {
  minLength: number;
  requireUpper: boolean;
  requireLower: boolean;
  requireDigit: boolean;
  /** The new password may not contain the account's login (e-mail local part or phone digits). */
  forbidLogin: boolean;
  forbidCurrent: boolean;
}

/** A message the mock backend "sent", for testers (mock mode only). */
export interface MockMessage {
  to: string;
  channel: 'email' | 'sms';
  subject: string;
  text: string;
  link: string | null;
  code: string | null;
  checkword: string | null;
  /** ISO time. */
  sentAt: string;
}

export const portalRoles = ['admin', 'employee', 'extranet'] as const;
export type PortalRole = (typeof portalRoles)[number];

/** A portal that cannot be opened: deleted, or the person's access was revoked. */
export type PortalUnavailableReason = 'deleted' | 'access_revoked';
export type PortalStatus = 'active' | PortalUnavailableReason;

export interface Portal {
  /** In Bitrix24 mode, the portal's origin (`https://name.bitrix24.de`). */
  id: string;
  title: string;
  domain: string;
  /** Null in Bitrix24 mode: only the portal's own pages know it. */
  role: PortalRole | null;
  /** The login this membership signs in with (follows a login change when asked to); null in Bitrix24 mode. */
  login: string | null;
  status: PortalStatus;
}

/** Why a text is not a usable web address (src-main/bitrix24/web-address.ts); the UI has a sentence for each. */
export const webAddressProblems = [
  'empty',
  'too_long',
  'not_a_url',
  /** Not http(s): `javascript:`, `file:`, `data:`… */
  'scheme',
  'not_https',
  /** A user name or password in the address. */
  'credentials',
  'ip_address',
  'loopback',
  /** No dot in the host, or a bare zone such as `bitrix24.de`. */
  'incomplete',
] as const;

/** Why a typed or imported portal address was refused: any web address problem, or not a Bitrix24's. */
export const portalAddressProblems = [
  ...webAddressProblems,
  /** A Bitrix24 name under a zone that is not a cloud portal's, or a page that is not a portal's. */
  'not_a_portal',
] as const;
export type PortalAddressProblem = (typeof portalAddressProblems)[number];

/** Why an import file was refused whole: over 1 MiB, not UTF-8 text, over 10,000 lines. */
export type ImportFileProblem = 'too_large' | 'not_text' | 'too_many_lines';

/** What importing a file of addresses did, line by line (lines numbered from 1, as an editor does). */
export interface PortalImportReport {
  added: number;
  /** Already listed, or earlier in the same file. */
  duplicates: number;
  /** Each refused line, with what it said (hidden characters shown as �, at most 200 characters). */
  refused: Array<{ line: number; text: string; reason: PortalAddressProblem | 'line_too_long' | 'list_full' }>;
}

/** The profile's list as a text file: one address per line, what `portals.import` reads. */
export interface PortalExport {
  text: string;
  count: number;
}

/** Unread counts of live portals, from their pages' titles; portals without a count are left out. */
export interface UnreadCounts {
  /** Portal id → count (1 or more). */
  counts: Record<string, number>;
  total: number;
}

/**
 * A Bitrix24 profile: one person's Bitrix ID on this device, one persistent session partition
 * holding the Network's and the portals' cookies. Named "Bitrix24" until the person names it.
 */
export interface WebProfile {
  id: string;
  name: string;
}

export interface WebProfiles {
  profiles: WebProfile[];
  /** The profile shown: its portals, its Network pages. */
  activeId: string;
}

/** Every page of Bitrix24.Network the app opens in Bitrix24 mode (the addresses: src-main/bitrix24/network-pages.ts). */
export const networkPages = [
  'signIn',
  'portals',
  'createPortal',
  'profile',
  'changeLogin',
  'changePassword',
  'socialNetworks',
  'logOutEverywhere',
  'passwordRecovery',
] as const;
export type NetworkPage = (typeof networkPages)[number];

/** In Bitrix24 mode, the view that shows the Network's pages has this id among the portal views. */
export const NETWORK_VIEW_ID = 'network';

/**
 * The person's portals as main knows them. `portals.list` answers at once with the first page (or
 * the cached list); the rest arrive as `portals.page` events carrying the same `loadId`.
 */
export interface PortalsSnapshot {
  /** Bumped by every load; a page event with another `loadId` belongs to an older load. */
  loadId: number;
  /** Every portal loaded so far, in the server's order; hidden ones included (the UI filters them). */
  items: Portal[];
  /** The server's count of all the person's portals, when it gives one. */
  total: number | null;
  /** Every page has arrived. */
  complete: boolean;
  /** The server could not be reached: `items` is the list cached at the last successful load. */
  offline: boolean;
  prefs: PortalPrefs;
}

/** What this device remembers of the person's use of their portals (not secret; no tokens). */
export interface PortalPrefs {
  hiddenIds: string[];
  /** Portal id → when it was last opened here (ms since epoch), for "sort by recent use". */
  lastOpenedAt: Record<string, number>;
  /** The portal opened last, reopened at the next start. */
  lastActiveId: string | null;
}

/** A later page of a background load, or the error that stopped it. */
export interface PortalsPageEvent {
  loadId: number;
  items: Portal[];
  total: number | null;
  complete: boolean;
  error?: BridgeError;
}

/** Portals linked to the Bitrix ID by e-mail at the first sign-in; the server tells this once. */
export interface LinkedPortalsNotice {
  newlyLinked: Array<{ id: string; title: string; domain: string }>;
}

/**
 * A portal's page shown in the content area. In Electron it is a `WebContentsView` main places over
 * the area main was given (`portals.layout`) and `frameUrl` is null; in the browser harness it is an
 * iframe at `frameUrl`, an address on the harness's own host that never carries the one-time login.
 */
export interface PortalView {
  portalId: string;
  frameUrl: string | null;
  /** The view was alive already, so switching to it needed no server call. */
  reused: boolean;
}

/** Which portal views are alive (most recently used first) and which is shown. */
export interface PortalViewsState {
  live: PortalView[];
  activeId: string | null;
}

export interface PortalZone {
  zone: string;
  /** e.g. `bitrix24.de` */
  domainSuffix: string;
}

/** How many portals the person may create (`max`), and how many of them are left. */
export interface PortalCreationQuota {
  max: number;
  remaining: number;
}

export interface PortalNameCheck {
  available: boolean;
  reason?: 'invalid' | 'taken';
}

/** Where the content area is, in window pixels; null hides every portal view (e.g. under a dialog). */
export interface ContentBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A keyboard shortcut pressed while a portal view had focus (main forwards it to the window).
 * `index` is 0-based: Ctrl/Cmd+1 is 0.
 */
export type PortalShortcut = { kind: 'index'; index: number } | { kind: 'next' } | { kind: 'previous' };

/**
 * A `bitrixid://` link the OS handed to the app. Main keeps the link's secret (the confirmation
 * token, the recovery checkword) and tells the window only what to show. A login confirmation is
 * `asking` (the pending change's new login) until the person confirms it (`links.confirmLogin`).
 */
export type OpenedLink =
  | { kind: 'confirm-login'; state: 'needs_sign_in' | 'confirming' | 'confirmed' | 'failed'; error?: BridgeError }
  | { kind: 'confirm-login'; state: 'asking'; login: string }
  | { kind: 'recover'; login: string };

/**
 * The app's own updates. `disabled` in development and when no update feed is configured; `ready`
 * when a downloaded update waits for a restart.
 */
export type UpdateStatus =
  | { state: 'disabled' | 'idle' | 'checking' | 'up_to_date' }
  | { state: 'downloading' | 'ready'; version: string }
  | { state: 'failed'; error: BridgeError };

declare const answer: unique symbol;
/** A channel's entry in the table: the type of its answer, a phantom (the object itself is empty). */
interface ChannelEntry<Value> {
  readonly [answer]: Value;
}
const channel = <Value>() => ({}) as ChannelEntry<Value>;

/**
 * Every channel the renderer may call, with the type of its answer. This table is the one list of
 * channels: the preload's and the harness's bridge, main's IPC handlers and its router, and the
 * renderer tests' fake bridge are all derived from it. A channel takes the request its schema in
 * `request-schemas.ts` describes, or none if it has no schema there.
 *
 * Adding a channel: its line here (and its schema, if it takes a request), its handler in
 * src-main/ipc/handlers.ts (the compiler asks for it), and the UI that calls it. Nothing else.
 */
const channels = {
  'app.info': channel<AppInfo>(),
  'app.updateStatus': channel<UpdateStatus>(),
  /** Looks for an update now (the menu's "Check for updates" does the same). */
  'app.checkForUpdates': channel<UpdateStatus>(),
  /** Quits and installs the downloaded update; `restarting` is false when none is ready. */
  'app.restartToUpdate': channel<{ restarting: boolean }>(),
  'session.get': channel<SessionState>(),
  'session.signIn': channel<SessionState>(),
  'session.signOut': channel<SessionState>(),
  /** The second step of a sign-in that answered `two_factor_required`: a TOTP or a recovery code. */
  'session.verifyTwoFactor': channel<SessionState>(),
  /** Drops the waiting second step (the person went back); the next sign-in starts over. */
  'session.cancelTwoFactor': channel<{ cancelled: boolean }>(),
  /** Starts a QR sign-in request: the QR code's link; main polls the server until it ends. */
  'qrSignIn.start': channel<QrSignInRequest>(),
  /** Resolves when the started request is approved (signed in), or fails: `sign_in_expired`, `cancelled`. */
  'qrSignIn.wait': channel<SessionState>(),
  /** Stops the request; a pending `qrSignIn.wait` resolves with `cancelled`. */
  'qrSignIn.cancel': channel<{ cancelled: boolean }>(),
  'profile.get': channel<Profile>(),
  /** The first page (or, offline, the cached list) at once; later pages follow as `portals.page`. */
  'portals.list': channel<PortalsSnapshot>(),
  /** Starts a fresh load from the first page (after an error, or when the server is back). */
  'portals.reload': channel<PortalsSnapshot>(),
  /** Shown once after the first sign-in; empty afterwards. */
  'portals.linkedNotice': channel<LinkedPortalsNotice>(),
  /** Makes the portal active and shows it, signed in with a one-time login when its view is new. */
  'portals.open': channel<PortalView>(),
  /** Where portal views go in the window, or null to hide them. */
  'portals.layout': channel<{ shown: boolean }>(),
  /** Clears the portal's stored session (cookies, storage) and closes its view. */
  'portals.signOut': channel<PortalViewsState>(),
  /** Hides a portal from the list, or shows it again (undo). */
  'portals.setHidden': channel<PortalPrefs>(),
  /** Bitrix24 mode: adds a portal by its address (a bare host gets https://); it is listed, ready to open. */
  'portals.add': channel<Portal>(),
  /** Bitrix24 mode: takes a portal off the list, closes its view and clears what it stored. */
  'portals.remove': channel<PortalsSnapshot>(),
  /** Bitrix24 mode: adds every address of a text file (one per line); nothing is added if the file is refused. */
  'portals.import': channel<PortalImportReport>(),
  /** Bitrix24 mode: the list as a text file of addresses. */
  'portals.export': channel<PortalExport>(),
  /** Bitrix24 mode: each live portal's unread count, as its page's title shows it. */
  'portals.unread': channel<UnreadCounts>(),
  /** Bitrix24 mode: shows a page of the Network (sign-in, profile, …) in the content area, in the profile's partition. */
  'network.open': channel<PortalView>(),
  /** Bitrix24 mode: this device's profiles and the one shown. */
  'profiles.list': channel<WebProfiles>(),
  /** "Add another Bitrix ID": a new profile with its own partition and list, shown at once. */
  'profiles.add': channel<WebProfiles>(),
  'profiles.rename': channel<WebProfiles>(),
  /** Deletes the profile: its cookies (every portal and the Network, on this device) and its list. */
  'profiles.remove': channel<WebProfiles>(),
  /** Shows another profile: its portals and views; the other's views close, its cookies stay. */
  'profiles.switch': channel<WebProfiles>(),
  /** Signs the profile out of everything on this device: clears its partition (the Network and every portal). */
  'profiles.signOut': channel<WebProfiles>(),
  'portals.zones': channel<PortalZone[]>(),
  /** A random free name in the zone, e.g. `b24-k3x9qa`, with the domain it makes. */
  'portals.suggestName': channel<{ name: string; domain: string }>(),
  'portals.checkName': channel<PortalNameCheck>(),
  /** How many more portals the person may create, said before they try. */
  'portals.creationQuota': channel<PortalCreationQuota>(),
  /** Creates the portal (the person is its admin), titled `title` or after its address; it is added to the list, ready to open. */
  'portals.create': channel<Portal>(),
  'account.sessions': channel<DeviceSession[]>(),
  'account.changeLogin': channel<PendingLoginChange>(),
  'account.confirmLoginChange': channel<Profile>(),
  'account.resendLoginChange': channel<PendingLoginChange>(),
  'account.cancelLoginChange': channel<Profile>(),
  'account.passwordPolicy': channel<PasswordPolicy>(),
  /** Resolves to the new password-changed time (ISO). */
  'account.changePassword': channel<{ passwordChangedAt: string }>(),
  /** Revokes every session of the account, this one too; resolves to the signed-out state. */
  'account.logOutEverywhere': channel<SessionState>(),
  /** Signs one other session out (not this device's: that is `session.signOut`); resolves to the sessions left. */
  'account.signOutSession': channel<DeviceSession[]>(),
  /** An account without a password proves it is the person: a code to the account's e-mail or phone. */
  'account.sendProofCode': channel<ProofCodeSent>(),
  'account.proveWithCode': channel<Proof>(),
  /** Signing in again with a social service connected to the account, in the system browser. */
  'account.proveWithSocial': channel<Proof>(),
  /** Sets the first password of an account that has none, with the proof main holds; resolves to the new profile. */
  'account.setPassword': channel<Profile>(),
  /** Approves another device's QR sign-in request by its link (what a signed-in phone does). */
  'account.approveQrSignIn': channel<QrApproval>(),
  /** Turning two-step on, or again on a new phone (`code` then proves the old one): the secret to add to the app. */
  'twoFactor.beginSetup': channel<TwoFactorSetup>(),
  /** Confirms the setup with a code from the app: two-step is on; the ten recovery codes, shown once. */
  'twoFactor.enable': channel<RecoveryCodes>(),
  'twoFactor.disable': channel<Profile>(),
  /** New recovery codes; the old ones stop working. */
  'twoFactor.newRecoveryCodes': channel<RecoveryCodes>(),
  'appPasswords.list': channel<AppPassword[]>(),
  'appPasswords.create': channel<NewAppPassword>(),
  /** Resolves to the list left. */
  'appPasswords.revoke': channel<AppPassword[]>(),
  /** Always the same answer whether or not the account exists; `retryAfterMs` until another request. */
  'recovery.request': channel<{ retryAfterMs: number }>(),
  'recovery.complete': channel<SessionState>(),
  /** The link the app was opened with and has not finished with, if any (it may arrive before the window). */
  'links.pending': channel<OpenedLink | null>(),
  /** The person confirmed the new login the opened `bitrixid://confirm-login` link asked about; resolves to how it ended. */
  'links.confirmLogin': channel<OpenedLink>(),
  /** Sets a new password with the checkword of the opened `bitrixid://recover` link. */
  'links.completeRecovery': channel<SessionState>(),
  /** Forgets the opened link (the person closed what it showed). */
  'links.dismiss': channel<{ dismissed: boolean }>(),
  /** Mock mode only (`forbidden` with a real server): what the mock backend "sent", newest first. */
  'mock.inbox': channel<MockMessage[]>(),
  'mock.scenarios': channel<MockScenarios>(),
  'mock.setScenario': channel<MockScenarios>(),
  /** Back to the seed data and the scenario chosen at start; this app's session ends. */
  'mock.reset': channel<MockScenarios>(),
  /** Each two-step account's current code (the Mock backend panel shows Erin's). */
  'mock.twoFactorCodes': channel<MockTwoFactorCode[]>(),
  /** "Approve as Alice's phone": approves the newest waiting QR sign-in request as Alice; `not_found` if none waits. */
  'mock.approveQrSignIn': channel<QrApproval>(),
  /** Calls the server's health endpoint without switching to it. */
  'server.test': channel<ServerHealth>(),
  /** Switches servers (remembered across restarts): signs out of the old one cleanly first. */
  'server.set': channel<AppInfo>(),
  /** Switches to Bitrix24 (web) mode, remembered across restarts ("Use my Bitrix24 account"). */
  'server.useBitrix24': channel<AppInfo>(),
  'backend.status': channel<BackendStatus>(),
  'settings.get': channel<DesktopSettings>(),
  /** Changes the given settings and applies them at once; nothing is saved unless it applied. */
  'settings.update': channel<DesktopSettings>(),
  'proxy.get': channel<ProxySettings>(),
  /**
   * Saves and applies the proxy settings. The credentials go to the OS keychain first: if it refuses,
   * nothing is saved (`keychain_unavailable`).
   */
  'proxy.set': channel<ProxySettings>(),
  /** Tries the server in use through the proxy settings in effect. */
  'proxy.test': channel<null>(),
  'social.providers': channel<SocialProvider[]>(),
  /** Opens the provider's sign-in in the system browser and waits for it (up to 5 minutes). */
  'social.signIn': channel<SessionState>(),
  'social.connect': channel<Profile>(),
  'social.disconnect': channel<Profile>(),
  /** Stops waiting for the browser; the pending sign-in or connect resolves with `cancelled`. */
  'social.cancel': channel<{ cancelled: boolean }>(),
};

type Channels = typeof channels;
export type ChannelName = keyof Channels;
type RequestSchemas = typeof requestSchemas;

/** What the renderer sends: the schema's input, or `undefined` for a channel without a schema. */
export type RequestOf<C extends ChannelName> = C extends keyof RequestSchemas ? z.input<RequestSchemas[C]> : undefined;
/** What a handler in main receives: the request as its schema parsed it (trimmed and checked). */
export type ParsedRequestOf<C extends ChannelName> = C extends keyof RequestSchemas ? z.output<RequestSchemas[C]> : undefined;
export type ValueOf<C extends ChannelName> = Channels[C][typeof answer];

declare const carries: unique symbol;
/** An event's entry in the table: the type of its payload, a phantom. */
interface EventEntry<Payload> {
  readonly [carries]: Payload;
}
const event = <Payload>() => ({}) as EventEntry<Payload>;

/** Every event main may send to the renderer, with the type of its payload. */
export const events = {
  'session.changed': event<SessionState>(),
  'backend.status': event<BackendStatus>(),
  /** The backend in use changed (another server chosen). */
  'app.changed': event<AppInfo>(),
  'portals.page': event<PortalsPageEvent>(),
  /** Views were opened, closed or evicted (LRU), or a portal signed out. */
  'portals.views': event<PortalViewsState>(),
  'portals.shortcut': event<PortalShortcut>(),
  'app.update': event<UpdateStatus>(),
  /** A `bitrixid://` link arrived (at start, from a second launch, or from macOS's open-url). */
  'link.opened': event<OpenedLink>(),
  /** Bitrix24 mode: a profile was added, renamed, removed or chosen. */
  'profiles.changed': event<WebProfiles>(),
  /** Bitrix24 mode: main changed the list itself (a portal opened from the Network's page, a title learned). */
  'portals.listChanged': event<PortalsSnapshot>(),
  /** Bitrix24 mode: show this portal (the Network's page opened it). */
  'portals.activate': event<{ portal: Portal }>(),
  /** Bitrix24 mode: an unread count changed. */
  'portals.unread': event<UnreadCounts>(),
  /** The app menu's "Toggle sidebar" was chosen (or its shortcut pressed where the window's page does not see it). */
  'shell.toggleSidebar': event<null>(),
  /** The app menu's "Settings…" was chosen (or its shortcut pressed where the window's page does not see it). */
  'shell.openSettings': event<null>(),
  /** The settings changed (from the Settings screen, or the tray's menu). */
  'settings.changed': event<DesktopSettings>(),
};
export type EventName = keyof typeof events;
export type Events = { [E in EventName]: (typeof events)[E][typeof carries] };

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(channels, name);
