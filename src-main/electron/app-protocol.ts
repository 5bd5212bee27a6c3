import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../security/app-scheme.ts';
import { answerRendererRequest } from '../security/renderer-responses.ts';

/** Makes app:// a privileged scheme (see APP_SCHEME_PRIVILEGES); Electron allows this only before 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Serves the built renderer at app://bitrix-id/ on the default session, which is the main window's
 * (portal views have partitions of their own, where app:// answers nothing).
 */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerRendererRequest(rendererDir, request));
}
