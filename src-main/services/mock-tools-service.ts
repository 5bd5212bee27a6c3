import { fail, ok, type MockMessage, type Result } from '../../src-preload/contract.ts';
import type { MockBackend } from '../../mocks/index.ts';
import { failure } from '../api/api-errors.ts';
import { publicError } from '../api/public-error.ts';

/** Tester tools over the embedded mock; with a real server they do not exist. */
export class MockToolsService {
  private readonly backend: MockBackend | null;

  constructor(backend: MockBackend | null) {
    this.backend = backend;
  }

  get available(): boolean {
    return this.backend !== null;
  }

  inbox(to: string | undefined): Result<MockMessage[]> {
    if (!this.backend) return fail(publicError(failure('forbidden')));
    return ok(
      this.backend.inbox(to).map((message) => ({
        to: message.to,
        channel: message.channel,
        subject: message.subject,
        text: message.text,
        link: message.link,
        code: message.code,
        checkword: message.checkword,
        sentAt: new Date(message.sentAt).toISOString(),
      })),
    );
  }
}
