/** Everything a renderer holds that a leaked token could hide in. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A V8 heap snapshot of the page's JS world, as JSON text (every string on the heap is in it). */
export async function takeHeapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await cdp.detach();
  }
  return chunks.join('');
}

/** The DOM as markup plus the live values of form fields (which the markup does not show). */
export async function domText(page: Page): Promise<string> {
  const markup = await page.content();
  const values = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea, select'), (field) => (field as HTMLInputElement).value),
  );
  return `${markup}\n${values.join('\n')}`;
}

/** Every key and value in localStorage and sessionStorage. */
export async function webStorageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    return [...dump(localStorage), ...dump(sessionStorage)].join('\n');
  });
}

/** Every file under `dir`, read as latin1 so any byte sequence still matches as text. */
export async function filesText(dir: string): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, text: (await readFile(file)).toString('latin1') })));
}
