import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const appRendererDir = resolve(repoRoot, 'out/renderer');
export const appIndexHtml = resolve(appRendererDir, 'index.html');
/** The built main process: index.js and the chunks it imports. */
export const builtMainDir = resolve(repoRoot, 'out/main');
export const harnessBridgeScript = resolve(repoRoot, 'out/harness/bridge.js');
export const harnessEntry = resolve(repoRoot, 'harness/start-web.ts');
export const baselineSourceDir = resolve(import.meta.dirname, 'baseline');
/** Under .tmp/ so it is git-ignored and never mistaken for a build of the app. */
export const benchTmpDir = resolve(repoRoot, '.tmp/bench');
export const baselineOutDir = resolve(benchTmpDir, 'baseline');
