/**
 * mocks/openapi.yaml read into what the contract suite needs to pick a response description: each
 * operation's method, path, tags and documented responses, with JSON pointers to their schemas.
 * The schemas themselves stay in the raw document, for Ajv to resolve and check.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const OPENAPI_FILE = new URL('../../mocks/openapi.yaml', import.meta.url);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface DocumentedHeader {
  name: string;
  /** OpenAPI headers are optional unless the description says `required: true`. */
  required: boolean;
  /** Pointer to the header's schema in the raw document, or null when it has none. */
  schemaPointer: string | null;
}

export interface DocumentedMediaType {
  /** e.g. "application/json", lowercase. */
  mediaType: string;
  schemaPointer: string | null;
}

export interface DocumentedResponse {
  /** As written in the file: "200", "4XX" or "default". */
  status: string;
  /** An empty list means the response has no body. */
  content: DocumentedMediaType[];
  headers: DocumentedHeader[];
}

export interface DocumentedOperation {
  operationId: string;
  /** Uppercase, as on the wire. */
  method: string;
  /** The path template, e.g. "/me/sessions". */
  path: string;
  /**
   * URL templates of the servers of its own (e.g. "https://{portal}" for a portal's page), from the
   * operation or its path; empty for an operation of the API itself, below the client's base URL.
   */
  servers: string[];
  tags: string[];
  responses: DocumentedResponse[];
}

export interface OpenApiDocument {
  /** The parsed file as it is, for a JSON Schema validator to resolve `$ref`s in. */
  raw: Record<string, unknown>;
  /** `info.version`: the API version the file describes. */
  version: string;
  operations: DocumentedOperation[];
  /** Pointers to every schema under `components/schemas`, request bodies' included. */
  componentSchemas: string[];
}

const reference = z.object({ $ref: z.string().startsWith('#/') });
const servers = z.array(z.looseObject({ url: z.string().min(1) })).optional();
const header = z.looseObject({ required: z.boolean().optional(), schema: z.unknown().optional() });
const response = z.looseObject({
  description: z.string(),
  headers: z.record(z.string(), z.unknown()).optional(),
  content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })).optional(),
});
const operation = z.looseObject({
  operationId: z.string().min(1),
  tags: z.array(z.string()).optional(),
  servers,
  responses: z.record(z.string(), z.unknown()),
});
const document = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/, 'the contract suite reads OpenAPI 3.1 only'),
  info: z.looseObject({ version: z.string() }),
  paths: z.record(z.string().startsWith('/'), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function valueAt(raw: unknown, pointer: string): unknown {
  let current = raw;
  for (const escaped of pointer.split('/').slice(1)) {
    const segment = escaped.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || !(segment in current)) {
      throw new Error(`openapi.yaml: nothing at #${pointer}`);
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Follows `$ref`s (e.g. to `#/components/responses/…`) until a real object; returns its pointer,
 * since a schema inside it must be resolved where it is written.
 */
function dereference(raw: unknown, pointer: string): { pointer: string; value: unknown } {
  const seen = new Set<string>();
  let current = { pointer, value: valueAt(raw, pointer) };
  for (let ref = reference.safeParse(current.value); ref.success; ref = reference.safeParse(current.value)) {
    if (seen.has(current.pointer)) throw new Error(`openapi.yaml: $ref cycle at #${pointer}`);
    seen.add(current.pointer);
    const target = ref.data.$ref.slice(1);
    current = { pointer: target, value: valueAt(raw, target) };
  }
  return current;
}

function readResponse(raw: unknown, status: string, pointer: string): DocumentedResponse {
  const resolved = dereference(raw, pointer);
  const parsed = response.parse(resolved.value);
  const content = Object.entries(parsed.content ?? {}).map(([mediaType, media]) => ({
    mediaType: mediaType.toLowerCase(),
    schemaPointer: media.schema === undefined ? null : `${resolved.pointer}/content/${pointerSegment(mediaType)}/schema`,
  }));
  const headers = Object.keys(parsed.headers ?? {}).map((name) => {
    const headerRef = dereference(raw, `${resolved.pointer}/headers/${pointerSegment(name)}`);
    const described = header.parse(headerRef.value);
    return {
      name,
      required: described.required ?? false,
      schemaPointer: described.schema === undefined ? null : `${headerRef.pointer}/schema`,
    };
  });
  return { status, content, headers };
}

export function parseOpenApiDocument(text: string): OpenApiDocument {
  const raw: unknown = parse(text);
  const parsed = document.parse(raw);
  const operations: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(parsed.paths)) {
    const pathServers = servers.parse(item['servers']);
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const pointer = `/paths/${pointerSegment(path)}/${method}`;
      const described = operation.parse(item[method]);
      operations.push({
        operationId: described.operationId,
        method: method.toUpperCase(),
        path,
        // OpenAPI: the operation's servers win over its path's, which win over the document's.
        servers: (described.servers ?? pathServers ?? []).map((server) => server.url),
        tags: described.tags ?? [],
        responses: Object.keys(described.responses).map((status) =>
          readResponse(raw, status, `${pointer}/responses/${pointerSegment(status)}`),
        ),
      });
    }
  }
  const componentSchemas = Object.keys(parsed.components?.schemas ?? {}).map(
    (name) => `/components/schemas/${pointerSegment(name)}`,
  );
  return { raw: parsed, version: parsed.info.version, operations, componentSchemas };
}

export function loadOpenApiDocument(file: URL = OPENAPI_FILE): OpenApiDocument {
  return parseOpenApiDocument(readFileSync(file, 'utf8'));
}
