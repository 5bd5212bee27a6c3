import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../../tests/contract/openapi-document.ts';
import { API_ERROR_CODES, createMockApiHandlers, FIELD_ERROR_CODES, MockBackend, PORTAL_SSO_PATH, seedCredentials } from '../index.ts';
import { latestMessage, signedIn } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const BASE_URL = 'http://api.test/v1';

interface SchemaObject {
  required?: string[];
  enum?: string[];
  properties?: Record<string, unknown>;
}

const openapi = loadOpenApiDocument();
const components = openapi.raw['components'] as {
  schemas: Record<string, SchemaObject>;
  securitySchemes: Record<string, unknown>;
};

function schema(name: string): SchemaObject {
  const found = components.schemas[name];
  if (!found) throw new Error(`No schema ${name} in openapi.yaml`);
  return found;
}

/**
 * Where in the document a string is described without a bound: a schema whose `type` is or
 * includes `string`, with neither `maxLength` nor a fixed set of values (`enum`, `const`).
 */
function unboundedStrings(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => unboundedStrings(item, `${path}/${index}`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = record['type'];
  const isString = type === 'string' || (Array.isArray(type) && type.includes('string'));
  const bounded = typeof record['maxLength'] === 'number' || 'enum' in record || 'const' in record;
  const here = isString && !bounded ? [path] : [];
  // Examples are values, not schemas.
  const children = Object.entries(record).filter(([key]) => key !== 'examples' && key !== 'example');
  return [...here, ...children.flatMap(([key, value]) => unboundedStrings(value, `${path}/${key}`))];
}

/** "METHOD /path" for every operation under `paths:`. */
function documentedOperations(): string[] {
  return openapi.operations.map((operation) => `${operation.method} ${operation.path}`).sort();
}

/**
 * Every route but the body-limit and scenario layers, which match any path and are no operations.
 * The portal page is matched by a predicate on its path, on every host, not below the base URL.
 */
function servedOperations(): string[] {
  return createMockApiHandlers(new MockBackend(), BASE_URL)
    .filter((handler) => handler.info.path !== `${BASE_URL}/*`)
    .map((handler) => {
      const { method, path } = handler.info;
      if (typeof path !== 'string') return `${String(method)} ${PORTAL_SSO_PATH}`;
      // msw writes a path parameter as `:name`, OpenAPI as `{name}`.
      return `${String(method)} ${path.slice(BASE_URL.length).replace(/:(\w+)/g, '{$1}')}`;
    })
    .sort();
}

describe('mocks/openapi.yaml', () => {
  it('is an OpenAPI 3.1 document with a bearer security scheme', () => {
    expect(openapi.raw['openapi']).toMatch(/^3\.1\.\d+$/);
    expect(components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents exactly the operations the handlers serve', () => {
    const documented = documentedOperations();
    expect(documented.length).toBeGreaterThan(0);
    expect(documented).toEqual(servedOperations());
  });

  it('bounds every string it describes, in requests and in responses', () => {
    expect(unboundedStrings(openapi.raw, '#')).toEqual([]);
  });

  it('lists exactly the error codes and field codes the handlers use', () => {
    expect(schema('ErrorCode').enum).toEqual([...API_ERROR_CODES]);
    expect(schema('FieldErrorCode').enum).toEqual([...FIELD_ERROR_CODES]);
    expect(Object.keys(schema('Error').properties ?? {})).toContain('attempts_left');
  });
});

describe('mocks/openapi.yaml against live answers', () => {
  const mock = useMockApi();
  const alice = seedCredentials.alice;

  /** Every documented property is required in these schemas, so the keys must match exactly. */
  function expectShape(name: string, body: unknown): void {
    const required = schema(name).required;
    if (!required) throw new Error(`Schema ${name} has no required list`);
    expect(Object.keys(body as object).sort(), name).toEqual([...required].sort());
  }

  it('describes the profile, pending change, sessions, portals, policy and inbox as served', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    const pending = await mock.api.requestLoginChange(tokens.access_token, {
      channel: 'phone',
      value: '+1 555 010 0099',
      current_password: alice.password,
    });
    expectShape('PendingLoginChange', pending.body);
    const profile = (await mock.api.me(tokens.access_token)).body as { social_accounts: unknown[] };
    expectShape('Profile', profile);
    expectShape('SocialAccount', profile.social_accounts[0]);
    const sessions = (await mock.api.sessions(tokens.access_token)).body as { items: unknown[] };
    expectShape('SessionList', sessions);
    expectShape('Session', sessions.items[0]);
    const portals = (await mock.api.portals(tokens.access_token)).body as { items: unknown[] };
    expectShape('PortalPage', portals);
    expectShape('Portal', portals.items[0]);
    expectShape('PasswordPolicy', (await mock.api.passwordPolicy()).body);
    expectShape('InboxMessage', await latestMessage(mock.api, '+15550100099'));
    expectShape('IssuedSecrets', (await mock.api.issuedSecrets()).body);
    expectShape('RecoveryAccepted', (await mock.api.requestRecovery(alice.email)).body);

    const wrongCode = await mock.api.confirmLoginChange(tokens.access_token, { code: 'nope' });
    expect(Object.keys(wrongCode.body as object).sort()).toEqual(['attempts_left', 'error', 'message']);
    const changed = await mock.api.changePassword(tokens.access_token, {
      current_password: alice.password,
      new_password: 'Another-Pass-1',
    });
    expectShape('PasswordChanged', changed.body);
  });

  it('describes the linked-portals notice, sign-in links, zones, names and a created portal as served', async () => {
    const token = (await signedIn(mock.api, alice.email, alice.password)).access_token;
    const notice = (await mock.api.linkedPortalsNotice(token)).body as { newly_linked: unknown[] };
    expectShape('LinkedPortalsNotice', notice);
    expect(Object.keys(notice.newly_linked[0] as object).sort()).toEqual(['domain', 'id', 'title']);
    expectShape('PortalSsoLink', (await mock.api.portalSsoLink(token, 'p-acme')).body);
    const zones = (await mock.api.portalZones()).body as { items: unknown[] };
    expectShape('PortalZoneList', zones);
    expect(Object.keys(zones.items[0] as object).sort()).toEqual(['domain_suffix', 'zone']);
    expectShape('SuggestedPortalName', (await mock.api.suggestedPortalName('de')).body);
    expect((await mock.api.portalAvailability('acme', 'com')).body).toEqual({ available: false, reason: 'taken' });
    expectShape('Portal', (await mock.api.createPortal(token, { name: 'alice-new', zone: 'de' })).body);
  });

  it('describes the social providers as served', async () => {
    const providers = (await mock.api.socialProviders()).body as { items: unknown[] };
    expectShape('SocialProviderList', providers);
    expectShape('SocialProvider', providers.items[0]);
  });
});
