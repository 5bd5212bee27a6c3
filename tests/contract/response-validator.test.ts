/**
 * The validator wrapper on its own: it must refuse what breaks the file, or the contract tour
 * could pass while proving nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument, parseOpenApiDocument } from './openapi-document.ts';
import { ResponseValidator, type RecordedExchange } from './response-validator.ts';

const validator = new ResponseValidator(loadOpenApiDocument());

const POLICY = {
  min_length: 8,
  require_upper: true,
  require_lower: true,
  require_digit: true,
  forbid_login: true,
  forbid_current: true,
};
const PROFILE = {
  id: 'u-alice',
  name: 'Alice',
  last_name: 'Demo',
  display_name: 'Alice Demo',
  email: 'alice@example.com',
  phone: '+15550100001',
  password_changed_at: '2024-12-01T10:00:00.000Z',
  pending_login_change: null,
  social_accounts: [],
  has_password: true,
  two_factor: { enabled: false, recovery_codes_left: 0 },
};

/** A JSON answer (a string body is sent as it is). */
function exchange(method: string, path: string, status: number, body: unknown, headers: Record<string, string> = {}): RecordedExchange {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { method, path, status, body: text, headers: new Headers({ 'content-type': 'application/json', ...headers }) };
}

/** An answer without a body. */
function empty(method: string, path: string, status: number): RecordedExchange {
  return { method, path, status, body: '', headers: new Headers() };
}

describe('ResponseValidator against mocks/openapi.yaml', () => {
  it('accepts answers that keep to the file', () => {
    expect(validator.check(exchange('GET', '/password-policy', 200, POLICY))).toEqual({
      operationId: 'getPasswordPolicy',
      documentedStatus: '200',
      problems: [],
    });
    expect(validator.check(exchange('GET', '/me', 200, PROFILE)).problems).toEqual([]);
    expect(validator.check(empty('POST', '/me/sessions/revoke-all', 204)).problems).toEqual([]);
  });

  it('refuses a body with a missing field, an extra field, a wrong type, a value outside the enum or a bad format', () => {
    const withoutDisplayName: Record<string, unknown> = { ...PROFILE };
    delete withoutDisplayName['display_name'];
    expect(validator.check(exchange('GET', '/me', 200, withoutDisplayName)).problems).toEqual([
      expect.stringContaining("must have required property 'display_name'"),
    ]);
    expect(validator.check(exchange('GET', '/me', 200, { ...PROFILE, displayName: 'Alice' })).problems).toEqual([
      expect.stringMatching(/must NOT have additional properties.*displayName/),
    ]);
    expect(validator.check(exchange('GET', '/password-policy', 200, { ...POLICY, min_length: '8' })).problems).toEqual([
      expect.stringContaining('body/min_length must be integer'),
    ]);
    expect(validator.check(exchange('GET', '/me', 401, { error: 'token_expired', message: 'x' })).problems).toEqual([
      expect.stringContaining('body/error must be equal to one of the allowed values'),
    ]);
    expect(validator.check(exchange('GET', '/me', 200, { ...PROFILE, password_changed_at: 'yesterday' })).problems).toEqual([
      expect.stringContaining('body/password_changed_at must match format "date-time"'),
    ]);
  });

  it('refuses a status, a path or a method the file does not document', () => {
    expect(validator.check(exchange('GET', '/me', 500, { error: 'server_error', message: 'x' }))).toEqual({
      operationId: 'getProfile',
      documentedStatus: null,
      problems: ['status 500 is not documented for getProfile (documented: 200, 401, 404)'],
    });
    expect(validator.check(exchange('GET', '/me/avatar', 200, {})).problems).toEqual([
      'the path /me/avatar is not in openapi.yaml',
    ]);
    expect(validator.check(exchange('PUT', '/me', 200, PROFILE)).problems).toEqual([
      'PUT /me is not in openapi.yaml (documented methods: GET)',
    ]);
  });

  it('refuses a body where none is documented, another media type, and text that is not JSON', () => {
    expect(validator.check(exchange('POST', '/me/sessions/revoke-all', 204, {})).problems).toEqual([
      '204 documents no body, but 2 characters came: {}',
    ]);
    const text = exchange('GET', '/password-policy', 200, 'ok', { 'content-type': 'text/plain' });
    expect(validator.check(text).problems).toEqual([
      'Content-Type text/plain is not documented for 200 (documented: application/json)',
    ]);
    expect(validator.check(exchange('GET', '/password-policy', 200, '{"min_length":')).problems).toEqual([
      'the application/json body is not JSON: {"min_length":',
    ]);
  });

  it('checks documented headers: a Retry-After that is not a whole number of seconds, a wrong WWW-Authenticate', () => {
    const limited = { error: 'rate_limited', message: 'x' };
    expect(validator.check(exchange('POST', '/recovery', 429, limited, { 'retry-after': '58' })).problems).toEqual([]);
    expect(validator.check(exchange('POST', '/recovery', 429, limited, { 'retry-after': 'soon' })).problems).toEqual([
      expect.stringContaining('header Retry-After must be integer'),
    ]);
    expect(validator.check(exchange('POST', '/recovery', 429, limited, { 'retry-after': '0' })).problems).toEqual([
      expect.stringContaining('header Retry-After must be >= 1'),
    ]);
    const invalidToken = { error: 'invalid_token', message: 'x' };
    expect(validator.check(exchange('GET', '/me', 401, invalidToken, { 'www-authenticate': 'Basic' })).problems).toEqual([
      expect.stringContaining('header WWW-Authenticate must be equal to constant'),
    ]);
  });

  it('checks a consent page and its redirect: text/html, the page headers, a Location back to the app', () => {
    const pageHeaders = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*",
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    };
    const page = (status: number, headers: Record<string, string> = {}): RecordedExchange => ({
      method: 'GET',
      path: '/oauth/authorize',
      status,
      body: '<!doctype html><title>Sign in with Google</title>',
      headers: new Headers({ ...pageHeaders, ...headers }),
    });
    expect(validator.check(page(200))).toEqual({ operationId: 'authorizeSocial', documentedStatus: '200', problems: [] });
    expect(validator.check(page(400)).problems).toEqual([]);
    expect(validator.check(page(200, { 'content-type': 'application/json' })).problems).toEqual([
      'Content-Type application/json is not documented for 200 (documented: text/html)',
    ]);
    expect(validator.check(page(200, { 'x-frame-options': 'SAMEORIGIN' })).problems).toEqual([
      expect.stringContaining('header X-Frame-Options must be equal to constant'),
    ]);
    expect(validator.check(page(302)).problems).toEqual([
      'status 302 is not documented for authorizeSocial (documented: 200, 400)',
    ]);

    const back = (headers: Record<string, string>): RecordedExchange => ({
      method: 'POST',
      path: '/oauth/authorize/cancel',
      status: 302,
      body: '',
      headers: new Headers(headers),
    });
    const location = 'http://127.0.0.1:49152/callback?error=access_denied&state=s';
    expect(validator.check(back({ location, 'cache-control': 'no-store' })).problems).toEqual([]);
    expect(validator.check(back({ 'cache-control': 'no-store' })).problems).toEqual(['the required header Location is missing']);
  });

  it("checks a portal's sign-in page at the portal's own address, and only there", () => {
    const page = (path: string, status: number): RecordedExchange => ({
      method: 'GET',
      path,
      status,
      body: '<!doctype html><title>ACME Corp — signed in as Alice Demo</title>',
      headers: new Headers({ 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'DENY', 'cache-control': 'no-store' }),
    });
    expect(validator.check(page('https://acme.bitrix24.com/bitrix-id/sso', 200))).toEqual({
      operationId: 'openPortalSsoPage',
      documentedStatus: '200',
      problems: [],
    });
    expect(validator.check(page('https://acme.bitrix24.com/bitrix-id/sso', 401)).problems).toEqual([]);
    // Below the API's base URL, or on plain HTTP, it is no operation of the file.
    expect(validator.check(page('/bitrix-id/sso', 200)).problems).toEqual(['the path /bitrix-id/sso is not in openapi.yaml']);
    expect(validator.check(page('http://acme.bitrix24.com/bitrix-id/sso', 200)).problems).toEqual([
      'the path http://acme.bitrix24.com/bitrix-id/sso is not in openapi.yaml',
    ]);
  });

  it('finds only keywords JSON Schema 2020-12 and OpenAPI define in the schemas of mocks/openapi.yaml', () => {
    // A YAML flow mapping ends at an unquoted comma: `{ description: a (b, c) }` leaves a stray key "c)".
    expect(validator.schemaProblems).toEqual([]);
  });
});

describe('ResponseValidator rules OpenAPI sets for any file', () => {
  const small = new ResponseValidator(
    parseOpenApiDocument(`
openapi: 3.1.0
info: { title: small, version: '1' }
paths:
  /portals/{id}:
    get:
      operationId: getPortal
      responses:
        '200':
          description: one
          content:
            application/json:
              schema: { type: object, required: [id], properties: { id: { type: string } } }
        4XX:
          description: any client error
          content:
            application/json:
              schema: { type: object, required: [error], properties: { error: { type: string } } }
        default:
          description: anything else
  /portals/mine:
    get:
      operationId: getMyPortals
      responses:
        '200': { description: mine }
  /welcome:
    servers:
      - url: 'https://{site}'
        variables: { site: { default: example.com } }
    get:
      operationId: getWelcomePage
      responses:
        '200': { description: a page on the site itself }
    post:
      operationId: signWelcomeBook
      servers:
        - url: 'https://guests.example.com/book'
      responses:
        '204': { description: signed }
  /notes/latest:
    get:
      operationId: getLatestNote
      responses:
        '200':
          description: a short note, as text
          content:
            text/plain:
              schema: { type: string, maxLength: 5 }
components:
  schemas:
    Typo:
      type: object
      requried: [id]
`),
  );

  it('matches a templated path, but lets a literal path win', () => {
    expect(small.check(exchange('GET', '/portals/p-1', 200, { id: 'p-1' })).operationId).toBe('getPortal');
    expect(small.check(empty('GET', '/portals/mine', 200)).operationId).toBe('getMyPortals');
    expect(small.check(exchange('GET', '/portals/p-1/members', 200, {})).problems).toEqual([
      'the path /portals/p-1/members is not in openapi.yaml',
    ]);
  });

  it("matches a full URL only against an operation with servers of its own, the operation's own first", () => {
    expect(small.check(empty('GET', 'https://acme.example/welcome', 200)).operationId).toBe('getWelcomePage');
    expect(small.check(empty('POST', 'https://guests.example.com/book/welcome', 204)).operationId).toBe('signWelcomeBook');
    expect(small.check(empty('POST', 'https://acme.example/welcome', 204)).problems).toEqual([
      'POST https://acme.example/welcome is not in openapi.yaml (documented methods: GET)',
    ]);
    expect(small.check(empty('GET', '/welcome', 200)).problems).toEqual(['the path /welcome is not in openapi.yaml']);
    expect(small.check(empty('GET', 'https://acme.example/portals/mine', 200)).problems).toEqual([
      'the path https://acme.example/portals/mine is not in openapi.yaml',
    ]);
  });

  it('falls back from the exact status to its class, then to default', () => {
    expect(small.check(exchange('GET', '/portals/p-1', 404, { message: 'x' }))).toMatchObject({
      documentedStatus: '4XX',
      problems: [expect.stringContaining("must have required property 'error'")],
    });
    expect(small.check(empty('GET', '/portals/p-1', 503))).toMatchObject({
      documentedStatus: 'default',
      problems: [],
    });
  });

  it('checks a body of another media type as text against its schema', () => {
    const note = (body: string): RecordedExchange => ({
      method: 'GET',
      path: '/notes/latest',
      status: 200,
      body,
      headers: new Headers({ 'content-type': 'text/plain; charset=utf-8' }),
    });
    expect(small.check(note('hello')).problems).toEqual([]);
    expect(small.check(note('hello, world')).problems).toEqual([
      expect.stringContaining('body must NOT have more than 5 characters'),
    ]);
  });

  it('reports a misspelt schema keyword', () => {
    expect(small.schemaProblems).toEqual(['#/components/schemas/Typo: strict mode: unknown keyword: "requried"']);
  });
});
