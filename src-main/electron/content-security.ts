import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';
import { externalOpenGate } from './external-open-gate.ts';

/**
 * Adds the CSP header to every response the app's session receives, and denies every permission: the
 * asked-for ones (request), the queried ones (check) and device access (USB, HID, serial).
 */
export function lockDownSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
