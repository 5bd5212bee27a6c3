/**
 * scripts/require-node.mjs: on a Node older than package.json's engines, every npm script says which
 * Node it needs and stops, before anything of ours (TypeScript that Node 20 cannot load) runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const guardScript = join(root, 'scripts/require-node.mjs');
const GUARD = 'node scripts/require-node.mjs && ';
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

interface RequireNode {
  nodeVersionProblem(version: string, enginesRange: string): string | null;
}
const { nodeVersionProblem } = (await import(pathToFileURL(guardScript).href)) as RequireNode;

/** A Node older than 24 on PATH (Debian's /usr/bin/node is 20 on our machines), to run the guard for real. */
function findOldNode(): { path: string; version: string } | undefined {
  const name = process.platform === 'win32' ? 'node.exe' : 'node';
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const path = join(dir, name);
    if (!dir || !existsSync(path)) continue;
    const version = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    if (Number(version.split('.')[0]) < 24) return { path, version };
  }
  return undefined;
}
const oldNode = findOldNode();
const NO_OLD_NODE = 'no Node older than 24 on PATH to run it with';

describe('the Node version guard', () => {
  it('names the Node needed and the one found, and points to the README', () => {
    expect(nodeVersionProblem('20.19.2', '>=24')).toBe('Node 24 or newer is needed (found 20.19.2); see README');
    expect(nodeVersionProblem('v22.12.0', '>=24')).toBe('Node 24 or newer is needed (found 22.12.0); see README');
    expect(nodeVersionProblem('24.2.0', '>=24.3')).toBe('Node 24.3 or newer is needed (found 24.2.0); see README');
  });

  it('lets the required Node and any newer one through', () => {
    for (const version of ['24.0.0', '24.21.0', 'v25.1.0', '30.0.0']) expect(nodeVersionProblem(version, '>=24'), version).toBeNull();
    expect(nodeVersionProblem('24.3.0', '>=24.3')).toBeNull();
  });

  it('refuses an engines range it cannot read rather than letting every Node through', () => {
    expect(() => nodeVersionProblem('20.0.0', '^24')).toThrow('engines.node must read ">=<version>", not "^24"');
  });

  it('asks for the Node that .nvmrc installs', () => {
    expect(packageJson.engines.node).toBe(`>=${readFileSync(join(root, '.nvmrc'), 'utf8').trim()}`);
  });

  it('comes first in every npm script', () => {
    const unguarded = Object.entries(packageJson.scripts).filter(([, command]) => !command.startsWith(GUARD));
    expect(unguarded.map(([name]) => name)).toEqual([]);
  });

  it('stops an old Node with that sentence alone', (context) => {
    if (!oldNode) return context.skip(NO_OLD_NODE);
    const run = spawnSync(oldNode.path, [guardScript], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe(`Node 24 or newer is needed (found ${oldNode.version}); see README\n`);
    expect(run.status).toBe(1);
  });

  // The issue's own report: on Node 20, `npm start` died with ERR_UNKNOWN_FILE_EXTENSION ".ts".
  it.for(['start', 'test'])('stops `npm %s` on an old Node before any TypeScript runs', { timeout: 60_000 }, (script, context) => {
    if (!oldNode) return context.skip(NO_OLD_NODE);
    const run = spawnSync('npm', [script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(oldNode.path)}${delimiter}${process.env['PATH'] ?? ''}` },
      shell: process.platform === 'win32',
    });
    expect(run.stderr).toContain(`Node 24 or newer is needed (found ${oldNode.version}); see README`);
    expect(run.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
    expect(run.status).toBe(1);
  });
});
