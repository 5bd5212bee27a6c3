import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses every packaged build gets (scripts/after-pack.ts flips them). They turn off the ways
 * to run the shipped binary as something other than this app: as plain Node (ELECTRON_RUN_AS_NODE),
 * with injected Node options (NODE_OPTIONS) or with a debugger attached (--inspect); they make it load
 * only app.asar and check that archive's integrity; they encrypt the cookie store; and they take away the
 * extra privileges Electron grants file:// pages (the renderer is served from app://, so no page of ours
 * is a file:// one; Electron's security checklist, items 18 and 19).
 */
export const fuses = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/**
 * The config for @electron/fuses' flipFuses. Flipping fuses changes the binary, which breaks the ad-hoc
 * signature an arm64 macOS binary must have to start at all; re-signing ad hoc keeps an unsigned build
 * runnable, and a real signature applied afterwards replaces it.
 */
export function fuseConfig(target: { platform: string; arm64: boolean }): FuseV1Config {
  return { version: FuseVersion.V1, resetAdHocDarwinSignature: target.platform === 'darwin' && target.arm64, ...fuses };
}
