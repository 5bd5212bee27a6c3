/**
 * Bundled to out/harness/bridge.js (IIFE) and loaded by the harness's index.html before the app:
 * gives the page `window.bitrixId`, built by the same factory as the Electron preload, over
 * loopback HTTP instead of IPC.
 */
import { createBridge } from '../src-preload/bridge.ts';
import { createHttpTransport } from './http-transport.ts';
import { SECRET_PARAM, SECRET_STORAGE_KEY } from './protocol.ts';

/**
 * The secret arrives in the URL fragment (never sent to the server, kept out of history by
 * replaceState) and lives in sessionStorage so a reload of the tab still works.
 */
function takeSecret(): string {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromFragment = fragment.get(SECRET_PARAM);
  if (fromFragment) {
    sessionStorage.setItem(SECRET_STORAGE_KEY, fromFragment);
    fragment.delete(SECRET_PARAM);
    const rest = fragment.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromFragment;
  }
  const stored = sessionStorage.getItem(SECRET_STORAGE_KEY);
  if (!stored) console.warn('Bitrix ID web harness: no secret in the URL; open the URL the harness printed.');
  return stored ?? '';
}

Object.defineProperty(window, 'bitrixId', {
  value: createBridge(createHttpTransport({ secret: takeSecret() })),
  enumerable: true,
  configurable: false,
  writable: false,
});
