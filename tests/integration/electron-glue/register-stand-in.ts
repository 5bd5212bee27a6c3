/**
 * `node --import` this before the built main: the specifier `electron` then resolves to the
 * recording stand-in instead of the npm package (which only knows where a binary would be), and
 * every module the process loads is noted (ES modules and CommonJS alike), so a test can tell what
 * start-up loaded and when. With STAND_IN_HOLD_KEYCHAIN=1 the keychain module waits for the test
 * (keychain-gate.ts), and with it the app core.
 */
import { registerHooks } from 'node:module';
import { loadedModules } from './loaded-modules.ts';

const standIn = new URL('./electron-stand-in.ts', import.meta.url).href;
const heldKeychain = process.env['STAND_IN_HOLD_KEYCHAIN'] === '1' ? new URL('./held-keychain.ts', import.meta.url).href : null;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    if (specifier === '@github/keytar' && heldKeychain) return { url: heldKeychain, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    loadedModules.push({ url, t: performance.now() });
    return nextLoad(url, context);
  },
});
