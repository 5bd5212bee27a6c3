import { afterEach, expect } from 'vitest';
import type { MainUnderTest } from './main-under-test.ts';
import { isObjectRef, type CallRecord, type Described, type ObjectId } from './wire.ts';

/**
 * The mains a test file starts, each stopped after its test, which fails if the app used an Electron
 * API the stand-in does not have. Call once per test file; push every started main.
 */
export function stopEachMainAfterItsTest(): MainUnderTest[] {
  const running: MainUnderTest[] = [];
  afterEach(async () => {
    for (const main of running.splice(0)) {
      const missing = main.unimplemented();
      await main.stop();
      expect(missing, 'the app used Electron APIs the stand-in does not have').toEqual([]);
    }
  });
  return running;
}

export function refOf(value: Described): ObjectId {
  if (!isObjectRef(value)) throw new Error(`Expected a stand-in object, got ${JSON.stringify(value)}.`);
  return value.$ref;
}

/** The one record of `records`; the test fails, saying `what`, when there are none or several. */
export function only(records: CallRecord[], what: string): CallRecord {
  expect(records, what).toHaveLength(1);
  return records[0] as CallRecord;
}

export const argument = (record: CallRecord, index: number) => record.args[index];
