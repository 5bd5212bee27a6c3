/**
 * Electron security gate (a step of `npm test`): Electronegativity scans the app's own sources, and the
 * gate fails on any finding that .electronegativity-allowlist.json does not list, on any allowlist entry
 * that no longer matches a finding, and on any source file it could not parse (an unparsed file is an
 * unscanned one).
 *
 * Sources, not the built out/: Electronegativity cannot analyse the bundled out/main/index.js (it stops
 * at private class fields), so main would go unscanned; the TypeScript sources parse, and their
 * file:line findings are what a reviewer reads and allowlists.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** What the gate scans: main, the preload and the renderer together, so the global checks (a navigation
 * limit, a permission handler, a CSP) see the whole app rather than fail on each part alone. */
export const scannedDirs = ['src-main', 'src-preload', 'src-renderer'] as const;

/** Needs network data, so offline it has no answer; Electron's own updates are a dependency-update
 * question, not a source-scan one. */
export const excludedChecks = ['AvailableSecurityFixesGlobalCheck'] as const;

export interface Finding {
  check: string;
  /** Repository-relative, with forward slashes; "N/A" for global findings that name no file. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
  /** The flagged code: the policy itself for a CSP finding, otherwise the trimmed source line ("" for
   * global findings that name no file). */
  code: string;
}

export interface AllowlistEntry {
  check: string;
  file: string;
  /** A piece of the flagged code: stable when lines move, and it stops matching once that code changes. */
  match: string;
  why: string;
}

export interface Verdict {
  allowed: Finding[];
  unlisted: Finding[];
  unused: AllowlistEntry[];
}

const matches = (entry: AllowlistEntry, finding: Finding) =>
  entry.check === finding.check && entry.file === finding.file && finding.code.includes(entry.match);

export function judge(findings: Finding[], allowlist: AllowlistEntry[]): Verdict {
  const allowed = findings.filter((finding) => allowlist.some((entry) => matches(entry, finding)));
  return {
    allowed,
    unlisted: findings.filter((finding) => !allowed.includes(finding)),
    unused: allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  };
}

/** Reads and checks the allowlist; every entry must say why its finding is acceptable. */
export function readAllowlist(file: string): AllowlistEntry[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { findings?: unknown };
  if (!Array.isArray(data.findings)) throw new Error(`${file}: expected { "findings": [...] }`);
  return data.findings.map((entry: unknown, index) => {
    const fields = entry as Partial<Record<keyof AllowlistEntry, unknown>>;
    for (const key of ['check', 'file', 'match', 'why'] as const) {
      if (typeof fields[key] !== 'string' || fields[key].trim() === '') {
        throw new Error(`${file}: findings[${index}] needs a non-empty "${key}"`);
      }
    }
    return fields as AllowlistEntry;
  });
}

/**
 * Electronegativity fetches its translations and Electron's release list with `got` and, offline,
 * crashes inside got's retry. Answering every got call with an immediate rejection takes the paths the
 * tool already has for "no connectivity", here and on a connected machine alike, so the result never
 * depends on the network.
 */
function disableNetwork(toolRequire: NodeJS.Require): void {
  const gotPath = toolRequire.resolve('got');
  const offline = () => Promise.reject(new Error('network disabled by scripts/electronegativity.ts'));
  const got = Object.assign(offline, { head: offline });
  const stub = new Module(gotPath);
  stub.exports = got;
  stub.loaded = true;
  toolRequire.cache[gotPath] = stub;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  sample?: string;
}

interface RunResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

export interface ScanResult {
  findings: Finding[];
  parseErrors: string[];
}

/** The installed Electron's version: the tool would otherwise guess it from package.json's range. */
export const installedElectronVersion = () => (require('electron/package.json') as { version: string }).version;

/** Scans scannedDirs under root as Electron electronVersion. */
export async function scan(root: string, electronVersion: string): Promise<ScanResult> {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
  disableNetwork(toolRequire);
  const run = toolRequire('./runner.js') as Run;

  // One input directory holding the three source trees, laid out as in the repository, so paths match.
  const input = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const dir of scannedDirs) cpSync(join(root, dir), join(input, dir), { recursive: true });
    const result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: [...excludedChecks],
        isRelative: true,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const sources = new Map<string, string[]>();
    const sourceLine = (file: string, line: number) => {
      if (file === 'N/A' || line < 1) return '';
      if (!sources.has(file)) sources.set(file, readFileSync(join(input, file), 'utf8').split('\n'));
      return sources.get(file)?.[line - 1]?.trim() ?? '';
    };
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file.split(sep).join('/'),
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
      code: issue.sample ?? sourceLine(issue.file, issue.location.line),
    }));
    const parseErrors = result.errors
      .filter((error) => !error.tolerable)
      .map((error) => `${relative(input, error.file).split(sep).join('/')}: ${error.message}`);
    return { findings, parseErrors };
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

const show = (finding: Finding) =>
  `${finding.check} ${finding.file}:${finding.line}:${finding.column} (${finding.severity}, ${finding.confidence})` +
  (finding.code ? `\n    ${finding.code}` : '');

async function main(): Promise<void> {
  const started = Date.now();
  const root = fileURLToPath(new URL('..', import.meta.url));
  const allowlistFile = join(root, '.electronegativity-allowlist.json');
  const allowlist = readAllowlist(allowlistFile);
  const electronVersion = installedElectronVersion();
  const { findings, parseErrors } = await scan(root, electronVersion);
  const verdict = judge(findings, allowlist);

  console.log(`Electronegativity over ${scannedDirs.join(', ')} as Electron ${electronVersion}: ${findings.length} finding(s)`);
  for (const finding of verdict.allowed) console.log(`  allowed: ${show(finding)}`);
  for (const finding of verdict.unlisted) console.error(`  NOT ALLOWED: ${show(finding)}\n    ${finding.description}`);
  for (const entry of verdict.unused) {
    console.error(`  UNUSED allowlist entry (remove it): ${entry.check} ${entry.file} "${entry.match}"`);
  }
  for (const error of parseErrors) console.error(`  COULD NOT PARSE: ${error}`);

  const failed = verdict.unlisted.length + verdict.unused.length + parseErrors.length > 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed) {
    console.error(`Electron security gate FAILED in ${seconds}s: fix the code, or list the finding in .electronegativity-allowlist.json with why it is acceptable.`);
    process.exitCode = 1;
  } else {
    console.log(`Electron security gate passed in ${seconds}s (${verdict.allowed.length} allowlisted).`);
  }
}

if (import.meta.main) await main();
