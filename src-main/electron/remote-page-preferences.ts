/**
 * The one place remote pages' preferences are set: portal views, Bitrix24 mode's views and their
 * pop-ups. Sandboxed, isolated, no Node anywhere, no preload, no <webview>.
 */
export const REMOTE_PAGE_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  webviewTag: false,
  // A middle click asks for a new window; turn the event off rather than rely on the open handler alone.
  disableBlinkFeatures: 'Auxclick',
  preload: undefined,
} as const;
