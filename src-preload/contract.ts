/**
 * The bridge contract: every channel the renderer may call and the value it resolves to, every
 * event main may send, and every error code. Main, the preload, the browser harness and the
 * renderer are all built from this one module, so they cannot disagree. It holds no zod (the
 * requests' schemas are in `request-schemas.ts`, imported here for their types only), so the
 * sandboxed preload bundles just the names.
 */
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
  /** The profile already created the most portals it may (7). */
  'portal_limit_reached',
  /** The portal name is already taken in that zone. */
  'portal_name_taken',
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
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: BridgeError): Result<never> => ({ ok: false, error });

export type BackendMode = 'mock' | 'url';

/** Where the backend choice came from: the command line or environment wins over the saved setting. */
export type BackendSource = 'default' | 'settings' | 'override';

export interface AppInfo {
  version: string;
  backend: { mode: BackendMode; url: string; source: BackendSource };
  /** Tester tools (mock inbox, scenarios) are offered only with the embedded mock, never with a real server. */
  mockTools: boolean;
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
  | { status: 'signed_out'; reason?: SessionEndReason; restoreError?: BridgeError }
  | { status: 'signed_in'; user: UserSummary; persistence: TokenPersistence };

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
  /** ISO time of the last password change, if the server knows it. */
  passwordChangedAt: string | null;
  pendingLoginChange: PendingLoginChange | null;
  socialAccounts: SocialAccount[];
}

/** One signed-in device or browser of the account. */
export interface DeviceSession {
  id: string;
  deviceName: string;
  client: 'app' | 'browser';
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
  id: string;
  title: string;
  domain: string;
  role: PortalRole;
  /** The login this membership signs in with (follows a login change when asked to). */
  login: string;
  status: PortalStatus;
}

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
  'portals.zones': channel<PortalZone[]>(),
  /** A random free name in the zone, e.g. `b24-k3x9qa`, with the domain it makes. */
  'portals.suggestName': channel<{ name: string; domain: string }>(),
  'portals.checkName': channel<PortalNameCheck>(),
  /** Creates the portal (the person is its admin); it is added to the list, ready to open. */
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
  /** Calls the server's health endpoint without switching to it. */
  'server.test': channel<ServerHealth>(),
  /** Switches servers (remembered across restarts): signs out of the old one cleanly first. */
  'server.set': channel<AppInfo>(),
  'backend.status': channel<BackendStatus>(),
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
};
export type EventName = keyof typeof events;
export type Events = { [E in EventName]: (typeof events)[E][typeof carries] };

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(channels, name);
