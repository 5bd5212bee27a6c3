/**
 * The app window's policy, sent as a header with every app:// response (and by the session on the dev
 * server's); src-renderer/index.html repeats it (less frame-ancestors, which a meta tag cannot carry) so
 * the page keeps its policy should it ever be loaded without the header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy of the embedded mock's portal pages: static HTML, nothing to run or load. */
export const MOCK_PORTAL_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";
