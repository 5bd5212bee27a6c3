/**
 * The page a portal shows for a one-time sign-in link. Plain strings, no HTTP, so that the app's
 * Electron protocol interception and the msw handler serve the very same page.
 */
import { escapeHtml } from './html-escape.ts';

export const SSO_LINK_EXPIRED_TEXT = 'This sign-in link has expired or was already used.';

export interface PortalSsoPage {
  status: 200 | 401;
  html: string;
}

// Portal titles and names are user-chosen: they must reach the page inert.
function page(heading: string): string {
  const text = escapeHtml(heading);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text}</title></head><body><h1>${text}</h1></body></html>`;
}

export function signedInPage(portalTitle: string, displayName: string): PortalSsoPage {
  return { status: 200, html: page(`${portalTitle} — signed in as ${displayName}`) };
}

export function expiredLinkPage(): PortalSsoPage {
  return { status: 401, html: page(SSO_LINK_EXPIRED_TEXT) };
}
