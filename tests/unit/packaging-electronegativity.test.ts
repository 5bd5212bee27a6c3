import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  installedElectronVersion,
  judge,
  readAllowlist,
  scan,
  type AllowlistEntry,
  type Finding,
} from '../../scripts/electronegativity.ts';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bitrix-id-electronegativity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const finding = (check: string, file: string, code: string): Finding => ({
  check,
  file,
  line: 3,
  column: 2,
  severity: 'MEDIUM',
  confidence: 'TENTATIVE',
  description: '',
  code,
});
const entry = (check: string, file: string, match: string): AllowlistEntry => ({ check, file, match, why: 'Reviewed.' });

describe('the Electron security gate', () => {
  it('allows a finding only when an entry names its check, its file and a piece of its code', () => {
    const opened = finding('OPEN_EXTERNAL_JS_CHECK', 'src-main/a.ts', 'void shell.openExternal(url);');
    const elsewhere = finding('OPEN_EXTERNAL_JS_CHECK', 'src-main/b.ts', 'void shell.openExternal(url);');
    const changed = finding('PRELOAD_JS_CHECK', 'src-main/a.ts', 'preload: somethingElse,');
    const allowlist = [
      entry('OPEN_EXTERNAL_JS_CHECK', 'src-main/a.ts', 'shell.openExternal(url)'),
      entry('PRELOAD_JS_CHECK', 'src-main/a.ts', 'preload: options.preloadPath'),
    ];

    expect(judge([opened, elsewhere, changed], allowlist)).toEqual({
      allowed: [opened],
      unlisted: [elsewhere, changed],
      unused: [allowlist[1]],
    });
  });

  it('refuses an allowlist entry that does not say why', () => {
    const file = join(work, 'allowlist.json');
    writeFileSync(file, JSON.stringify({ findings: [{ check: 'PRELOAD_JS_CHECK', file: 'src-main/a.ts', match: 'preload', why: ' ' }] }));

    expect(() => readAllowlist(file)).toThrow(/findings\[0\] needs a non-empty "why"/);
  });

  it("reads the repository's allowlist", () => {
    expect(readAllowlist(join(root, '.electronegativity-allowlist.json')).length).toBeGreaterThan(0);
  });

  it('finds an insecure window offline, with its file, line and code', async () => {
    const fixture = join(work, 'app');
    for (const dir of ['src-main', 'src-preload', 'src-renderer']) mkdirSync(join(fixture, dir), { recursive: true });
    writeFileSync(
      join(fixture, 'src-main', 'window.ts'),
      "import { BrowserWindow } from 'electron';\n\nexport const open = () =>\n  new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    writeFileSync(join(fixture, 'src-preload', 'index.ts'), 'export {};\n');
    writeFileSync(join(fixture, 'src-renderer', 'index.html'), '<!doctype html><title>x</title>\n');

    const { findings, parseErrors } = await scan(fixture, installedElectronVersion());

    expect(parseErrors).toEqual([]);
    const checks = findings.filter((found) => found.file === 'src-main/window.ts').map((found) => found.check);
    expect(checks).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
    expect(findings.find((found) => found.check === 'NODE_INTEGRATION_JS_CHECK')).toMatchObject({ line: 4, code: expect.stringContaining('nodeIntegration: true') });
    expect(findings.map((found) => found.check)).toContain('CSP_GLOBAL_CHECK');
  }, 30_000);
});
