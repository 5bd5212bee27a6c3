import type { EmbeddedMock, EmbeddedMockOptions } from './embedded-mock.ts';

/**
 * The one door from main to mocks/: msw, the mock backend and its seed hashing load here, on the
 * first start of the embedded mock, and never in a run against a real server. The bundler emits the
 * dynamic import as a chunk of its own.
 */
export async function loadEmbeddedMock(options: EmbeddedMockOptions): Promise<EmbeddedMock> {
  const { startEmbeddedMock } = await importEmbeddedMock();
  return startEmbeddedMock(options);
}

/** Loads the mock's code without starting it (a server switch loads it before closing the old connection). */
export const importEmbeddedMock = () => import('./embedded-mock.ts');
