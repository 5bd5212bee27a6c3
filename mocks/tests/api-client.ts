/** A minimal caller of the mock API for tests: plain fetch, JSON in and out. */

export interface ApiReply {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  user_id: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  fields?: Record<string, string>;
  attempts_left?: number;
  reason?: string;
}

export interface PortalBody {
  id: string;
  title: string;
  domain: string;
  role: string;
  login: string;
  status: string;
}

export interface PortalPageBody {
  items: PortalBody[];
  next_cursor: string | null;
  total: number;
}

export interface PendingLoginChangeBody {
  channel: 'email' | 'phone';
  target: string;
  resend_available_at: string;
  expires_at: string;
}

export interface ProfileBody {
  id: string;
  email: string | null;
  phone: string | null;
  password_changed_at: string | null;
  pending_login_change: PendingLoginChangeBody | null;
  social_accounts: { provider: string; display_name: string }[];
}

export interface SessionBody {
  id: string;
  device_name: string;
  client: 'app' | 'browser';
  last_active_at: string;
  current: boolean;
}

export interface InboxItemBody {
  to: string;
  channel: 'email' | 'sms';
  subject: string;
  text: string;
  link: string | null;
  code: string | null;
  checkword: string | null;
  sent_at: string;
}

export interface DeviceAuthorizationBody {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
}

export interface HealthBody {
  name: string;
  version: string;
  scenario: string;
}

export interface IssuedSecretsBody {
  accessTokens: string[];
  refreshTokens: string[];
  codes: string[];
}

export function createApiClient(baseUrl: string) {
  async function send(path: string, init: RequestInit = {}): Promise<ApiReply> {
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
  }

  const postJson = (path: string, body: unknown, accessToken?: string) =>
    send(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` }),
      },
      body: JSON.stringify(body),
    });

  /** As RFC 6749 has a client send to the OAuth endpoints; `undefined` values are left out. */
  const postForm = (path: string, fields: Record<string, string | undefined>) =>
    send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(
        Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ).toString(),
    });

  const withToken = (path: string, accessToken?: string, method = 'GET') =>
    send(path, { method, ...(accessToken === undefined ? {} : { headers: { authorization: `Bearer ${accessToken}` } }) });

  return {
    send,
    postJson,
    postForm,
    signIn: (username: string, password: string, deviceName?: string) =>
      postJson('/auth/token', { grant_type: 'password', username, password, device_name: deviceName }),
    refresh: (refreshToken: string) => postJson('/auth/token', { grant_type: 'refresh_token', refresh_token: refreshToken }),
    revoke: (token: string) => postJson('/auth/revoke', { token }),
    me: (accessToken?: string) => withToken('/me', accessToken),
    portals: (accessToken: string, query = '') => withToken(`/portals${query}`, accessToken),
    linkedPortalsNotice: (accessToken: string) => withToken('/me/linked-portals-notice', accessToken),
    portalSsoLink: (accessToken: string, portalId: string) =>
      withToken(`/portals/${encodeURIComponent(portalId)}/sso`, accessToken, 'POST'),
    createPortal: (accessToken: string, body: unknown) => postJson('/portals', body, accessToken),
    portalZones: () => send('/portals/zones'),
    suggestedPortalName: (zone: string) => send(`/portals/suggested-name?zone=${encodeURIComponent(zone)}`),
    portalAvailability: (name: string, zone: string) =>
      send(`/portals/availability?name=${encodeURIComponent(name)}&zone=${encodeURIComponent(zone)}`),
    sessions: (accessToken: string) => withToken('/me/sessions', accessToken),
    revokeAllSessions: (accessToken: string) => withToken('/me/sessions/revoke-all', accessToken, 'POST'),
    requestLoginChange: (
      accessToken: string,
      body: { channel: string; value: string; current_password?: string; update_portals?: boolean },
    ) => postJson('/me/login-change', body, accessToken),
    confirmLoginChange: (accessToken: string, body: { token?: string; code?: string }) =>
      postJson('/me/login-change/confirm', body, accessToken),
    resendLoginChange: (accessToken: string) => withToken('/me/login-change/resend', accessToken, 'POST'),
    cancelLoginChange: (accessToken: string) => withToken('/me/login-change', accessToken, 'DELETE'),
    passwordPolicy: () => send('/password-policy'),
    changePassword: (accessToken: string, body: { current_password?: string; new_password?: string }) =>
      postJson('/me/password', body, accessToken),
    requestRecovery: (login: string) => postJson('/recovery', { login }),
    completeRecovery: (body: { login: string; checkword: string; new_password: string }) =>
      postJson('/recovery/complete', body),
    socialProviders: () => send('/social/providers'),
    /** `grant`: what the app got back through the browser (see social-flow.ts). */
    socialSignIn: (grant: Partial<Record<'code' | 'code_verifier' | 'redirect_uri', string>>, deviceName?: string) =>
      postJson('/auth/token', { grant_type: 'authorization_code', ...grant, device_name: deviceName }),
    connectSocial: (accessToken: string, grant: Partial<Record<'code' | 'code_verifier' | 'redirect_uri', string>>) =>
      postJson('/me/social', grant, accessToken),
    disconnectSocial: (accessToken: string, provider: string) =>
      withToken(`/me/social/${encodeURIComponent(provider)}`, accessToken, 'DELETE'),
    inbox: (to?: string) => send(`/__mock/inbox${to === undefined ? '' : `?to=${encodeURIComponent(to)}`}`),
    issuedSecrets: () => send('/__mock/issued-secrets'),
    reset: () => send('/__mock/reset', { method: 'POST' }),
    health: () => send('/health'),
    startQrSignIn: (deviceName?: string) => postForm('/auth/device', { device_name: deviceName }),
    pollQrSignIn: (deviceCode: string) =>
      postForm('/auth/token', { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode }),
    approveQrSignIn: (accessToken: string, userCode: string) =>
      postJson('/me/qr-approve', { user_code: userCode }, accessToken),
    approveQrSignInAsTester: (login: string) => postJson('/__mock/qr-approve', { login }),
    scenario: () => send('/__mock/scenario'),
    setScenario: (name: unknown) => postJson('/__mock/scenario', { name }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Signs in and returns the token body, failing the test loudly if sign-in did not succeed. */
export async function signedIn(api: ApiClient, username: string, password: string, deviceName?: string): Promise<TokenBody> {
  const reply = await api.signIn(username, password, deviceName);
  if (reply.status !== 200) throw new Error(`Sign-in failed with ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body as TokenBody;
}

/** The messages sent to `to` (every message without it), newest first. */
export async function inboxOf(api: ApiClient, to?: string): Promise<InboxItemBody[]> {
  const reply = await api.inbox(to);
  if (reply.status !== 200) throw new Error(`The inbox answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return (reply.body as { items: InboxItemBody[] }).items;
}

/** The newest message sent to `to`, failing loudly when there is none. */
export async function latestMessage(api: ApiClient, to: string): Promise<InboxItemBody> {
  const newest = (await inboxOf(api, to))[0];
  if (!newest) throw new Error(`No message was sent to ${to}`);
  return newest;
}

/** The token of a `bitrixid://confirm-login?token=…` link. */
export function linkToken(message: InboxItemBody): string {
  const token = message.link === null ? null : new URL(message.link).searchParams.get('token');
  if (!token) throw new Error(`No confirmation link in: ${message.text}`);
  return token;
}
