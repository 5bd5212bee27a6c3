/**
 * `node --import` this before the built main: the specifier `electron` then resolves to the
 * recording stand-in instead of the npm package (which only knows where a binary would be).
 */
import { registerHooks } from 'node:module';

const standIn = new URL('./electron-stand-in.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
