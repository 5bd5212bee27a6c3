/** `npm start` where the Electron binary is missing: it says so and gives the README's browser command. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const BROWSER_COMMAND = 'npm run start:web -- --port 5174';

describe('npm start without an Electron binary', () => {
  it('names the browser command exactly as the README shows it, and stops', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/start-electron.ts')], {
      cwd: root,
      encoding: 'utf8',
      // An Electron dist folder that does not exist: missing on every machine, even one that has Electron.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here') },
    });

    expect(run.stderr).toContain('Cannot start the Electron app: ELECTRON_OVERRIDE_DIST_PATH is set, but');
    expect(run.stderr).toContain(`Run the same app in a browser instead:  ${BROWSER_COMMAND}\n`);
    expect(run.status).toBe(1);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(['```sh', BROWSER_COMMAND, '```'].join('\n'));
  });
});
