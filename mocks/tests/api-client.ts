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
}

export function createApiClient(baseUrl: string) {
  async function send(path: string, init: RequestInit = {}): Promise<ApiReply> {
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
  }

  const postJson = (path: string, body: unknown) =>
    send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  const getWithToken = (path: string, accessToken?: string) =>
    send(path, accessToken === undefined ? {} : { headers: { authorization: `Bearer ${accessToken}` } });

  return {
    send,
    postJson,
    signIn: (username: string, password: string, deviceName?: string) =>
      postJson('/auth/token', { grant_type: 'password', username, password, device_name: deviceName }),
    refresh: (refreshToken: string) => postJson('/auth/token', { grant_type: 'refresh_token', refresh_token: refreshToken }),
    revoke: (token: string) => postJson('/auth/revoke', { token }),
    me: (accessToken?: string) => getWithToken('/me', accessToken),
    portals: (accessToken: string, query = '') => getWithToken(`/portals${query}`, accessToken),
    issuedSecrets: () => send('/__mock/issued-secrets'),
    reset: () => send('/__mock/reset', { method: 'POST' }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Signs in and returns the token body, failing the test loudly if sign-in did not succeed. */
export async function signedIn(api: ApiClient, username: string, password: string): Promise<TokenBody> {
  const reply = await api.signIn(username, password);
  if (reply.status !== 200) throw new Error(`Sign-in failed with ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body as TokenBody;
}
