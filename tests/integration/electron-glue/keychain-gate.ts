/**
 * Holds the app core back for a test: with STAND_IN_HOLD_KEYCHAIN=1, register-stand-in.ts resolves
 * `@github/keytar` to held-keychain.ts, whose import (and so the core, which waits for the keychain)
 * finishes only when the test sends `releaseKeychain`. The hook, the held module and the stand-in
 * share this one gate.
 */
let open: () => void = () => {};

export const keychainReleased = new Promise<void>((resolve) => {
  open = resolve;
});

export function releaseKeychain(): void {
  open();
}
