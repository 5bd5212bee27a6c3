import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Word for word the README's command, so that it can be pasted (tests/unit/start-electron.test.ts). */
const BROWSER_COMMAND = 'npm run start:web -- --port 5174';
const electron = findElectronBinary(root);
if (!electron.found) {
  console.error(`Cannot start the Electron app: ${electron.reason}.`);
  console.error(`Run the same app in a browser instead:  ${BROWSER_COMMAND}`);
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(electron.path, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(app.status ?? 0);
