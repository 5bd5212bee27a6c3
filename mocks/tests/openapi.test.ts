import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandlers, MockBackend } from '../index.ts';

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

function servedOperations(): string[] {
  return createHandlers(new MockBackend(), BASE_URL)
    .map((handler) => `${String(handler.info.method)} ${String(handler.info.path).slice(BASE_URL.length)}`)
    .sort();
}

describe('mocks/openapi.yaml', () => {
  const yaml = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');

  it('is an OpenAPI 3.1 document with a bearer security scheme', () => {
    expect(yaml).toMatch(/^openapi: 3\.1\.\d+$/m);
    expect(yaml).toMatch(/bearer:\n\s+type: http\n\s+scheme: bearer/);
  });

  it('documents exactly the operations the handlers serve', () => {
    const documented = documentedOperations(yaml);
    expect(documented.length).toBeGreaterThan(0);
    expect(documented).toEqual(servedOperations());
  });
});
