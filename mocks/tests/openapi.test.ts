import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, createHandlers, FIELD_ERROR_CODES, MockBackend, PORTAL_SSO_PATH, seedCredentials } from '../index.ts';
import { latestMessage, signedIn } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const BASE_URL = 'http://api.test/v1';
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/**
 * "METHOD /path" for every operation under `paths:`. The file is kept in a fixed layout (paths at
 * two spaces, methods at four), which is all this reader needs; no YAML library is a dependency.
 */
function documentedOperations(yaml: string): string[] {
  const operations: string[] = [];
  let inPaths = false;
  let currentPath: string | null = null;
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) {
      inPaths = line.startsWith('paths:');
      continue;
    }
    if (!inPaths) continue;
    const path = /^ {2}(\/\S*):\s*$/.exec(line)?.[1];
    if (path !== undefined) {
      currentPath = path;
      continue;
    }
    const method = /^ {4}([a-z]+):\s*$/.exec(line)?.[1];
    if (method !== undefined && currentPath !== null && HTTP_METHODS.has(method)) {
      operations.push(`${method.toUpperCase()} ${currentPath}`);
    }
  }
  return operations.sort();
}

/** The lines of one schema under `components: schemas:` (schemas at four spaces). */
function schemaBlock(yaml: string, name: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`    ${name}:`);
  if (start < 0) throw new Error(`No schema ${name} in openapi.yaml`);
  const end = lines.findIndex((line, index) => index > start && /^ {0,4}\S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The schema's `required: [a, b]` list, which may wrap onto the next line. */
function requiredOf(yaml: string, name: string): string[] {
  const list = /required:\s*\[([^\]]*)\]/.exec(schemaBlock(yaml, name))?.[1];
  if (list === undefined) throw new Error(`Schema ${name} has no required list`);
  return list.split(',').map((item) => item.trim()).sort();
}

/** The schema's `enum:` written as a block list. */
function enumOf(yaml: string, name: string): string[] {
  const block = schemaBlock(yaml, name);
  return [...block.slice(block.indexOf('enum:')).matchAll(/^ {8}- (\S+)$/gm)].map((match) => match[1] ?? '');
}

/**
 * Every route but the scenario layer, which matches any path to apply faults and is no operation.
 * The portal page is matched by a predicate on its path, on every host, not below the base URL.
 */
function servedOperations(): string[] {
  return createHandlers(new MockBackend(), BASE_URL)
    .filter((handler) => handler.info.path !== `${BASE_URL}/*`)
    .map((handler) => {
      const { method, path } = handler.info;
      if (typeof path !== 'string') return `${String(method)} ${PORTAL_SSO_PATH}`;
      // msw writes a path parameter as `:name`, OpenAPI as `{name}`.
      return `${String(method)} ${path.slice(BASE_URL.length).replace(/:(\w+)/g, '{$1}')}`;
    })
    .sort();
}

const yaml = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');

describe('mocks/openapi.yaml', () => {
  it('is an OpenAPI 3.1 document with a bearer security scheme', () => {
    expect(yaml).toMatch(/^openapi: 3\.1\.\d+$/m);
    expect(yaml).toMatch(/bearer:\n\s+type: http\n\s+scheme: bearer/);
  });

  it('documents exactly the operations the handlers serve', () => {
    const documented = documentedOperations(yaml);
    expect(documented.length).toBeGreaterThan(0);
    expect(documented).toEqual(servedOperations());
  });

  it('lists exactly the error codes and field codes the handlers use', () => {
    expect(enumOf(yaml, 'ErrorCode')).toEqual([...API_ERROR_CODES]);
    expect(enumOf(yaml, 'FieldErrorCode')).toEqual([...FIELD_ERROR_CODES]);
    expect(schemaBlock(yaml, 'Error')).toMatch(/^ {8}attempts_left:$/m);
  });
});

describe('mocks/openapi.yaml against live answers', () => {
  const mock = useMockApi();
  const alice = seedCredentials.alice;

  /** Every documented property is required in these schemas, so the keys must match exactly. */
  function expectShape(schema: string, body: unknown): void {
    expect(Object.keys(body as object).sort(), schema).toEqual(requiredOf(yaml, schema));
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
