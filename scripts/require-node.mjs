/**
 * The first step of every npm script: on a Node older than package.json's "engines" asks for, say so
 * in one sentence and stop, instead of the ERR_UNKNOWN_FILE_EXTENSION ".ts" that our TypeScript
 * scripts die with on Node 20. Plain JavaScript with no newer syntax, so that an old Node can run it.
 *
 *   node scripts/require-node.mjs && <the script>
 */
import { readFileSync } from 'fs';

/** "24" or "24.3.1" as [24, 0, 0] or [24, 3, 1]. */
function versionParts(text) {
  const parts = text.split('.').map(Number);
  return [parts[0] || 0, parts[1] || 0, parts[2] || 0];
}

/**
 * What is wrong with running on Node `version` ("20.19.0") when package.json's engines.node is
 * `enginesRange` (">=24"): the sentence to print, or null when the version is new enough.
 */
export function nodeVersionProblem(version, enginesRange) {
  const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(enginesRange.trim());
  if (!minimum) throw new Error(`package.json's engines.node must read ">=<version>", not "${enginesRange}"`);
  const found = version.replace(/^v/, '');
  const have = versionParts(found);
  const need = versionParts(minimum[1]);
  for (let i = 0; i < 3; i += 1) {
    if (have[i] > need[i]) return null;
    if (have[i] < need[i]) return `Node ${minimum[1]} or newer is needed (found ${found}); see README`;
  }
  return null;
}

// Checks on every load, not only when run as a script: its test imports it on a Node that passes, and
// no "is this the main module" test can then go wrong (symlinks, drive letters) and let an old Node by.
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problem = nodeVersionProblem(process.versions.node, packageJson.engines.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
