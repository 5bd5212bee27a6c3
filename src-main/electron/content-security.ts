import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';
import { externalOpenGate } from './external-open-gate.ts';

/**
 * The one permission the app's own page may have: writing text to the clipboard, for Copy (a new
 * application password, recovery codes). Chromium still allows it only during a click or key press,
 * and reading the clipboard stays denied.
 */
const APP_PAGE_PERMISSION = 'clipboard-sanitized-write';

/**
 * Adds the CSP header to every response the app's session receives, and denies every permission (the
 * asked-for ones, the queried ones and device access: USB, HID, serial) but clipboard writes by the
 * app's own page in its top frame.
 */
export function lockDownSession(session: Session, isAppUrl: (url: string) => boolean): void {
  const allowed = (permission: string, requestingUrl: string | undefined, isMainFrame: boolean) =>
    permission === APP_PAGE_PERMISSION && isMainFrame && requestingUrl !== undefined && isAppUrl(requestingUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_webContents, permission, _origin, details) =>
    allowed(permission, details.requestingUrl, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Navigation and new windows are denied; https links go to the system browser instead, one per click. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  const externalOpens = externalOpenGate(contents);
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    externalOpens.offer(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    externalOpens.offer(url);
    return { action: 'deny' };
  });
}
