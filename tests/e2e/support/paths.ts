import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const harnessEntry = resolve(repoRoot, 'harness/start-web.ts');
export const electronMainEntry = resolve(repoRoot, 'out/main/index.js');
export const screenshotsDir = resolve(repoRoot, 'docs/screenshots');
