/**
 * Which documented responses (operation + status key) a tour has produced, so that an operation or
 * an error answer added to openapi.yaml without a tour step to exercise it fails the suite.
 */
import type { OpenApiDocument } from './openapi-document.ts';
import type { ContractVerdict } from './response-validator.ts';

/** "issueToken 429": how a documented response is named in the suite's messages and skip list. */
export type ResponseKey = `${string} ${string}`;

export class ContractCoverage {
  readonly #documented: ResponseKey[];
  readonly #seen = new Set<ResponseKey>();

  constructor(document: OpenApiDocument) {
    this.#documented = document.operations.flatMap((operation) =>
      operation.responses.map((response): ResponseKey => `${operation.operationId} ${response.status}`),
    );
  }

  record(verdict: ContractVerdict): void {
    if (verdict.operationId !== null && verdict.documentedStatus !== null) {
      this.#seen.add(`${verdict.operationId} ${verdict.documentedStatus}`);
    }
  }

  /** Documented responses the tour never got, sorted. */
  missing(): ResponseKey[] {
    return this.#documented.filter((key) => !this.#seen.has(key)).sort();
  }
}
