/**
 * Every command the README shows still works as written: its npm script exists and takes the flags
 * given (the mock server and the browser harness are started with them and stopped once they say they
 * listen), Playwright finds the projects and specs (`--list`), environment variables are read by the
 * code, and the files named exist. Nothing long-running (the app, the bench, the whole suite) runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { resolveBackendChoice } from '../../src-main/config/backend-choice.ts';
import { isMockScenarioName } from '../../mocks/backend/scenarios.ts';
import { URL_LINE_PREFIX } from '../../harness/protocol.ts';
import { flagValues, parseShellCommand, readmeCommands, scriptArguments, type ShellCommand } from './readme-commands.ts';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const commands = readmeCommands(readme);
const bin = (name: string) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Source files an environment variable the README sets must be read in (README.md itself is not one). */
function sourceTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['src-main', 'src-preload', 'mocks', 'scripts', 'harness', 'tests']) walk(join(root, dir));
  return texts;
}
const sources = sourceTexts();

/** What a README value for an environment variable must satisfy, where the code refuses bad ones. */
const envValueChecks: Record<string, (value: string) => void> = {
  BITRIX_ID_MOCK_SCENARIO: (value) => expect(isMockScenarioName(value), `scenario "${value}"`).toBe(true),
  BITRIX_ID_API_URL: (value) => expect(resolveBackendChoice([], { BITRIX_ID_API_URL: value })).toMatchObject({ override: { mode: 'url' } }),
  BITRIX_ID_BACKEND: (value) => expect(resolveBackendChoice([], { BITRIX_ID_BACKEND: value }).override).not.toBeNull(),
  BITRIX_ID_NETWORK_URL: (value) => expect(() => resolveBackendChoice([], { BITRIX_ID_NETWORK_URL: value })).not.toThrow(),
};

/** The `node <file>` an npm script ends with: the CLI that gets the README's `-- …` arguments. */
function scriptCli(script: string): string {
  const last = (scripts[script] ?? '').split('&&').at(-1)?.trim() ?? '';
  const match = /^node (\S+)$/.exec(last);
  expect(match, `npm run ${script} should end with "node <file>", not "${last}"`).not.toBeNull();
  return join(root, match?.[1] ?? '');
}

const PORT_FLAGS = ['--port', '--bitrix24-port'];

/** The README's ports, made 0 (any free one) so that the check never collides with a running server. */
function anyPort(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    if (PORT_FLAGS.includes(args[i - 1] ?? '')) return '0';
    const flag = PORT_FLAGS.find((name) => arg.startsWith(`${name}=`));
    return flag === undefined ? arg : `${flag}=0`;
  });
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the line it prints once ready appeared (it is then stopped with SIGTERM). */
  ready: boolean;
}

/** Runs a Node CLI until it prints `readyLine` (then stops it) or exits by itself. */
function runCli(args: readonly string[], env: Record<string, string>, readyLine: string): Promise<Finished> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '', ready: false };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output.stdout += chunk;
      if (!output.ready && output.stdout.includes(readyLine)) {
        output.ready = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output.stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code, ...output }));
  });
}

/** Checks the arguments (after `--`) and environment the README gives one npm script. */
const scriptArgumentChecks: Record<string, (args: string[], env: Record<string, string>, context: TestContext) => Promise<void> | void> = {
  // start-electron.ts hands its arguments to the app, whose main reads only the backend's flags.
  start: (args) => {
    const backendFlags = ['--api-url', '--backend', '--network-url'];
    expect(flagValues(args).map(([flag]) => flag).filter((flag) => !backendFlags.includes(flag))).toEqual([]);
    if (args.length > 0) expect(resolveBackendChoice(args, {}).override).not.toBeNull();
  },
  'start:web': async (args, env, context) => {
    if (!existsSync(join(root, 'out/renderer/index.html')) || !existsSync(join(root, 'out/harness/bridge.js'))) {
      context.skip('the browser harness serves the build: run `npm run build` first');
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'readme-start-web-'));
    try {
      // Its own data folder and keychain service, as the e2e suite gives each run: it touches no one else's session.
      const ownKeychain = { ...env, BITRIX_ID_KEYCHAIN_SERVICE: `bitrix-id-readme-${randomBytes(6).toString('hex')}` };
      const run = await runCli([scriptCli('start:web'), ...anyPort(args), '--data-dir', dataDir], ownKeychain, URL_LINE_PREFIX);
      expect(run.stderr).not.toContain('Usage:');
      expect(run.ready, `the harness did not start:\n${run.stderr}`).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  'mock-server': async (args, env) => {
    const run = await runCli([scriptCli('mock-server'), ...anyPort(args)], env, 'Mock Bitrix ID backend listening at');
    expect(run.stderr).not.toContain('Usage:');
    expect(run.ready, `the mock server did not start:\n${run.stderr}`).toBe(true);
  },
  // The bench runs for minutes: `--runs 0` after the README's flags makes it stop at the check that
  // comes after the unknown-flag check, so reaching that message proves the flags were taken.
  bench: async (args, env) => {
    if (args.length === 0) return;
    const run = await runCli([scriptCli('bench'), ...args, '--runs', '0'], env, 'no ready line: it exits');
    expect(run.stderr).toContain('Invalid --runs "0"');
  },
};

/** Commands that set a machine up (they install things): checked for what they name, never run. */
const setupChecks: Record<string, (command: ShellCommand) => void> = {
  nvm: (command) => {
    expect(command.words).toEqual(['nvm', 'install']);
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toMatch(/^\d+$/);
  },
  export: (command) => expect(command.words[1]).toMatch(/^PATH=/),
  sudo: (command) => {
    const [, tool, action, ...rest] = command.words;
    expect([tool, action]).toEqual(['apt-get', 'install']);
    if (spawnSync('sh', ['-c', 'command -v apt-cache'], { stdio: 'ignore' }).status !== 0) return;
    const names = rest.filter((word) => !word.startsWith('-'));
    const shown = spawnSync('apt-cache', ['show', '--no-all-versions', ...names], { encoding: 'utf8' });
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout.match(/^Package: .+$/gm)?.map((line) => line.slice('Package: '.length))).toEqual(names);
  },
};

async function checkNpm(command: ShellCommand, context: TestContext): Promise<void> {
  const [, verb, name] = command.words;
  if (verb === 'install') return;
  const script = verb === 'run' ? name : verb;
  expect(Object.keys(scripts), `npm script for "${command.text}"`).toContain(script);
  const args = scriptArguments(command.words);
  const check = scriptArgumentChecks[script ?? ''];
  if (check) await check(args, command.env, context);
  else expect(args, `add a check for the arguments README passes to "npm run ${script}"`).toEqual([]);
}

function checkNpx(command: ShellCommand): void {
  const [, tool, action, ...rest] = command.words;
  expect(existsSync(bin(tool ?? '')), `node_modules/.bin/${tool}`).toBe(true);
  // `playwright install` downloads browsers: only that the tool exists is checked.
  if (tool !== 'playwright' || action !== 'test') return;
  const listed = spawnSync(bin('playwright'), ['test', ...rest, '--list'], {
    cwd: root,
    env: { ...process.env, ...command.env },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  expect(listed.stderr).not.toContain('not found');
  expect(listed.status, listed.stderr).toBe(0);
  expect(listed.stdout).toMatch(/Total: [1-9]\d* tests? in \d+ files?/);
}

async function checkCommand(command: ShellCommand, context: TestContext): Promise<void> {
  for (const name of Object.keys(command.env)) {
    expect(sources.some((text) => text.includes(name)), `${name} is read by no source file`).toBe(true);
    envValueChecks[name]?.(command.env[name] ?? '');
  }
  for (const path of command.words.filter((word) => /^(?:\.\/)?(?:src-\w+|tests|scripts|mocks|build)\//.test(word))) {
    expect(existsSync(join(root, path)), path).toBe(true);
  }
  const program = command.words[0] ?? '';
  if (program === 'npm') await checkNpm(command, context);
  else if (program === 'npx') checkNpx(command);
  else if (program === 'node') expect(existsSync(join(root, command.words[1] ?? '')), command.words[1]).toBe(true);
  else if (setupChecks[program]) setupChecks[program](command);
  else expect.fail(`README shows "${command.text}": add a check for ${program} commands here`);
}

describe("the README's commands", () => {
  it('are found in its sh blocks and inline code, env assignments and `&&` apart', () => {
    const texts = commands.map((command) => command.text);
    expect(texts).toEqual(expect.arrayContaining(['npm install', 'npm start', 'npm test', 'npm run start:web -- --port 5174']));
    expect(commands.find((command) => command.text.startsWith('BITRIX_ID_SCREENSHOTS=1 '))).toMatchObject({
      env: { BITRIX_ID_SCREENSHOTS: '1' },
      words: ['npx', 'playwright', 'test', '--project=web', 'tests/e2e/accessibility.spec.ts'],
    });
    expect(parseShellCommand('A=1 B=two npm run x -- --port 1 --only=load')).toEqual({
      text: 'A=1 B=two npm run x -- --port 1 --only=load',
      env: { A: '1', B: 'two' },
      words: ['npm', 'run', 'x', '--', '--port', '1', '--only=load'],
    });
    expect(flagValues(scriptArguments(['npm', 'run', 'x', '--', '--port', '1', '--only=load', '--quiet']))).toEqual([
      ['--port', '1'],
      ['--only', 'load'],
      ['--quiet', ''],
    ]);
  });

  it.for(commands.map((command) => [command.text, command] as const))('%s', { timeout: 60_000 }, async ([, command], context) => {
    await checkCommand(command, context);
  });
});
