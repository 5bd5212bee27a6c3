/**
 * The bridge contract: every channel the renderer may call, the schema main checks its request
 * against, the value it resolves to, and every event main may send. Main, the preload and the
 * browser harness are all built from this one module, so they cannot disagree.
 */
import { z } from 'zod';

/** The closed set of failures the UI knows how to explain. */
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
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface BridgeError {
  code: ErrorCode;
  message: string;
  /** Per-field messages, keyed by request field name. */
  fields?: Record<string, string>;
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: BridgeError): Result<never> => ({ ok: false, error });

export type BackendMode = 'mock' | 'url';

export interface AppInfo {
  version: string;
  backend: { mode: BackendMode; url: string };
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

/** Why a session ended, when it did not end at the person's own request. */
export type SessionEndReason = 'signed_out' | 'expired' | 'revoked';

export type SessionState =
  | { status: 'signed_out'; reason?: SessionEndReason; restoreError?: BridgeError }
  | { status: 'signed_in'; user: UserSummary; persistence: TokenPersistence };

export interface Profile extends UserSummary {
  /** Display name as the server formats it. */
  displayName: string;
}

export const portalRoles = ['admin', 'employee', 'extranet'] as const;
export type PortalRole = (typeof portalRoles)[number];

export interface Portal {
  id: string;
  title: string;
  domain: string;
  role: PortalRole;
}

const noRequest = z.undefined();

/** Login is an e-mail or a phone number in any common format; the server decides which. */
export const signInRequest = z
  .object({
    login: z.string().trim().min(1, 'required').max(255, 'too_long'),
    password: z.string().min(1, 'required').max(1024, 'too_long'),
  })
  .strict();

/** Channel definitions. `value` is a phantom: only its type is used. */
const channel = <Req extends z.ZodType, Value>(request: Req) => ({
  request,
  value: undefined as unknown as Value,
});

export const channels = {
  'app.info': channel<typeof noRequest, AppInfo>(noRequest),
  'session.get': channel<typeof noRequest, SessionState>(noRequest),
  'session.signIn': channel<typeof signInRequest, SessionState>(signInRequest),
  'session.signOut': channel<typeof noRequest, SessionState>(noRequest),
  'profile.get': channel<typeof noRequest, Profile>(noRequest),
  'portals.list': channel<typeof noRequest, Portal[]>(noRequest),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;

export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ValueOf<C extends ChannelName> = Channels[C]['value'];

/** Events main sends to the renderer, with their payloads. */
export interface Events {
  'session.changed': SessionState;
}
export type EventName = keyof Events;

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(channels, name);
