import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCheckedJsonFile } from '../../src-main/files/checked-json-file.ts';

let dir: string;
let file: string;
const at = 1_767_000_000_000;
const schema = z.object({ count: z.number() });
const read = () => readCheckedJsonFile(file, schema, { maxBytes: 100, now: () => at });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitrix-id-checked-json-'));
  file = join(dir, 'state.json');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readCheckedJsonFile', () => {
  it('says a missing file is missing, and moves nothing', () => {
    expect(read()).toEqual({ status: 'missing' });
  });

  it('gives what the schema accepts, as the schema parses it', () => {
    writeFileSync(file, '{"count": 3, "extra": true}');
    expect(read()).toEqual({ status: 'read', value: { count: 3 } });
  });

  const damaged: [string, string][] = [
    ['is not JSON', '{"count": '],
    ['is empty', ''],
    ['has another shape', '{"count": "3"}'],
    ['is over the size cap', `{"count": 3, "pad": "${'x'.repeat(100)}"}`],
  ];
  for (const [what, content] of damaged) {
    it(`moves a file that ${what} aside, unchanged`, () => {
      writeFileSync(file, content);
      expect(read()).toEqual({ status: 'damaged', keptAs: `${file}.damaged-${at}` });
      expect(readFileSync(`${file}.damaged-${at}`, 'utf8')).toBe(content);
      expect(read()).toEqual({ status: 'missing' });
    });
  }

  it('says so when a damaged file cannot be moved aside, and leaves it', () => {
    writeFileSync(file, 'not json');
    // A non-empty folder already has the name the damaged file would take.
    mkdirSync(`${file}.damaged-${at}`);
    writeFileSync(join(`${file}.damaged-${at}`, 'taken'), '');
    expect(read()).toEqual({ status: 'damaged', keptAs: null });
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });
});
