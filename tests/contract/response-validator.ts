/**
 * Checks one recorded HTTP exchange against mocks/openapi.yaml: the method and path must be a
 * documented operation, the status one of its documented responses, and the body and headers must
 * match that response's schemas. The schemas are checked by Ajv in the JSON Schema 2020-12 dialect,
 * which is the dialect OpenAPI 3.1 schemas are written in.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { DocumentedOperation, DocumentedResponse, OpenApiDocument } from './openapi-document.ts';

/** One response as the client received it. */
export interface RecordedExchange {
  method: string;
  /**
   * Below the API's base URL, without the query: "/me/sessions". A request elsewhere (a portal's
   * page) has its full URL, without the query: "https://acme.bitrix24.com/bitrix-id/sso".
   */
  path: string;
  status: number;
  headers: Headers;
  body: string;
}

export interface ContractVerdict {
  /** The operation the exchange belongs to, or null when the spec has no such operation. */
  operationId: string | null;
  /** The response key that matched ("200", "4XX", "default"), or null when none did. */
  documentedStatus: string | null;
  /** Empty when the exchange keeps to the spec; otherwise one sentence per broken rule. */
  problems: string[];
}

/** The key the raw document is registered under, so that `#/components/…` refs resolve inside it. */
const DOCUMENT_ID = 'openapi.yaml';

/**
 * Keywords OpenAPI adds around and inside its schemas. Declared as annotations, so that Ajv's
 * strict mode still refuses any other unknown keyword (a typo such as `requried` fails loudly).
 */
const OPENAPI_KEYWORDS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
  'discriminator',
  'xml',
  'example',
];

/**
 * `strict: 'log'`: a keyword Ajv does not know (a typo, or YAML that split a description in two)
 * is reported through `warn` rather than thrown, so the suite can name every one of them in one
 * test while the tour still runs.
 */
function newAjv(options: { coerceTypes: boolean; warn: (message: string) => void }, raw: Record<string, unknown>): Ajv2020 {
  const ajv = new Ajv2020({
    strict: 'log',
    allErrors: true,
    allowUnionTypes: true,
    coerceTypes: options.coerceTypes,
    logger: {
      log: () => {},
      warn: (...args: unknown[]) => options.warn(args.join(' ')),
      error: (...args: unknown[]) => options.warn(args.join(' ')),
    },
  });
  ajvFormats.default(ajv);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  ajv.addSchema(raw, DOCUMENT_ID);
  return ajv;
}

/** `wrapper`: the part of each error's path that the validator added around the value itself. */
function describeErrors(where: string, errors: ErrorObject[] | null | undefined, wrapper = ''): string[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath.startsWith(wrapper) ? error.instancePath.slice(wrapper.length) : error.instancePath;
    return `${where}${path} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`;
  });
}

/** "/me/{id}" matches "/me/42"; a literal segment must match exactly. */
function pathMatches(template: string, path: string): boolean {
  const wanted = template.split('/');
  const given = path.split('/');
  return (
    wanted.length === given.length &&
    wanted.every((segment, index) => {
      const actual = given[index] ?? '';
      return /^\{[^}]+\}$/.test(segment) ? actual !== '' : segment === actual;
    })
  );
}

/**
 * A path below the API's base URL is an operation of the API itself; a full URL must be under one
 * of the operation's own servers (a server variable, like a path's, stands for one segment).
 */
function addressMatches(operation: DocumentedOperation, address: string): boolean {
  if (address.startsWith('/')) return operation.servers.length === 0 && pathMatches(operation.path, address);
  return operation.servers.some((server) => pathMatches(`${server.replace(/\/+$/, '')}${operation.path}`, address));
}

/** Literal paths win over templated ones, as OpenAPI says. */
function templateCount(path: string): number {
  return (path.match(/\{/g) ?? []).length;
}

/** The exact code first, then its class ("4XX"), then "default" (OpenAPI's Responses Object). */
function responseFor(operation: DocumentedOperation, status: number): DocumentedResponse | undefined {
  const byKey = new Map(operation.responses.map((response) => [response.status.toUpperCase(), response]));
  return byKey.get(String(status)) ?? byKey.get(`${Math.floor(status / 100)}XX`) ?? byKey.get('DEFAULT');
}

function mediaTypeOf(headers: Headers): string | null {
  const value = headers.get('content-type');
  return value === null ? null : (value.split(';')[0] ?? '').trim().toLowerCase();
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

export class ResponseValidator {
  readonly #operations: DocumentedOperation[];
  readonly #bodies: Ajv2020;
  readonly #headers: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  #compiling = '';
  /** Each strict-mode message once, with the schema being compiled when Ajv first met it. */
  readonly #schemaProblems = new Map<string, string>();

  constructor(document: OpenApiDocument) {
    this.#operations = [...document.operations].sort((a, b) => templateCount(a.path) - templateCount(b.path));
    const warn = (message: string) => {
      if (!this.#schemaProblems.has(message)) this.#schemaProblems.set(message, this.#compiling);
    };
    this.#bodies = newAjv({ coerceTypes: false, warn }, document.raw);
    // Header values arrive as text: "Retry-After: 58" must pass `type: integer`.
    this.#headers = newAjv({ coerceTypes: true, warn }, document.raw);
    // Compiled up front, so that every schema's problems are known before the first exchange, and
    // the named components first, so that a problem is attributed to the schema that has it.
    for (const pointer of document.componentSchemas) this.#bodyValidator(pointer);
    for (const operation of this.#operations) {
      for (const response of operation.responses) {
        for (const media of response.content) if (media.schemaPointer) this.#bodyValidator(media.schemaPointer);
        for (const header of response.headers) if (header.schemaPointer) this.#headerValidator(header.schemaPointer);
      }
    }
  }

  /** What Ajv's strict mode found wrong in the file's schemas, each with the schema it came from. */
  get schemaProblems(): string[] {
    return [...this.#schemaProblems].map(([message, pointer]) => `#${pointer}: ${message}`);
  }

  check(exchange: RecordedExchange): ContractVerdict {
    const onPath = this.#operations.filter((operation) => addressMatches(operation, exchange.path));
    if (onPath.length === 0) {
      return { operationId: null, documentedStatus: null, problems: [`the path ${exchange.path} is not in openapi.yaml`] };
    }
    const operation = onPath.find((candidate) => candidate.method === exchange.method.toUpperCase());
    if (!operation) {
      const methods = onPath.map((candidate) => candidate.method).join(', ');
      return {
        operationId: null,
        documentedStatus: null,
        problems: [`${exchange.method} ${exchange.path} is not in openapi.yaml (documented methods: ${methods})`],
      };
    }
    const response = responseFor(operation, exchange.status);
    if (!response) {
      const statuses = operation.responses.map((candidate) => candidate.status).join(', ');
      return {
        operationId: operation.operationId,
        documentedStatus: null,
        problems: [`status ${exchange.status} is not documented for ${operation.operationId} (documented: ${statuses})`],
      };
    }
    return {
      operationId: operation.operationId,
      documentedStatus: response.status,
      problems: [...this.#bodyProblems(response, exchange), ...this.#headerProblems(response, exchange)],
    };
  }

  #bodyProblems(response: DocumentedResponse, exchange: RecordedExchange): string[] {
    if (response.content.length === 0) {
      if (exchange.body === '') return [];
      return [`${response.status} documents no body, but ${exchange.body.length} characters came: ${exchange.body.slice(0, 200)}`];
    }
    const mediaType = mediaTypeOf(exchange.headers);
    const media = response.content.find((candidate) => candidate.mediaType === mediaType);
    if (!media) {
      const documented = response.content.map((candidate) => candidate.mediaType).join(', ');
      return [`Content-Type ${mediaType ?? '(none)'} is not documented for ${response.status} (documented: ${documented})`];
    }
    if (!media.schemaPointer) return [];
    const validate = this.#bodyValidator(media.schemaPointer);
    // Any other media type (an HTML page) is text, and its schema describes the text as a string.
    if (!isJsonMediaType(media.mediaType)) return validate(exchange.body) ? [] : describeErrors('body', validate.errors);
    let body: unknown;
    try {
      body = JSON.parse(exchange.body);
    } catch {
      return [`the ${media.mediaType} body is not JSON: ${exchange.body.slice(0, 200)}`];
    }
    return validate(body) ? [] : describeErrors('body', validate.errors);
  }

  #headerProblems(response: DocumentedResponse, exchange: RecordedExchange): string[] {
    const problems: string[] = [];
    for (const header of response.headers) {
      const value = exchange.headers.get(header.name);
      if (value === null) {
        if (header.required) problems.push(`the required header ${header.name} is missing`);
        continue;
      }
      if (!header.schemaPointer) continue;
      const validate = this.#headerValidator(header.schemaPointer);
      if (!validate({ value })) problems.push(...describeErrors(`header ${header.name}`, validate.errors, '/value'));
    }
    return problems;
  }

  #bodyValidator(pointer: string): ValidateFunction {
    return this.#cached(`body ${pointer}`, () => this.#bodies.compile({ $ref: `${DOCUMENT_ID}#${pointer}` }));
  }

  /** Wrapped in an object, since Ajv coerces a value only through its parent. */
  #headerValidator(pointer: string): ValidateFunction {
    return this.#cached(`header ${pointer}`, () =>
      this.#headers.compile({
        type: 'object',
        required: ['value'],
        properties: { value: { $ref: `${DOCUMENT_ID}#${pointer}` } },
      }),
    );
  }

  #cached(key: string, compile: () => ValidateFunction): ValidateFunction {
    let validate = this.#compiled.get(key);
    if (!validate) {
      this.#compiling = key.slice(key.indexOf(' ') + 1);
      validate = compile();
      this.#compiled.set(key, validate);
    }
    return validate;
  }
}
