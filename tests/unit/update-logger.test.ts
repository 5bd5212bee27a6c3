import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src-main/logging/logger.ts';
import { createUpdaterLogger, tidyUpdaterMessage } from '../../src-main/updates/updater-logger.ts';

/** electron-updater's own error line for a feed that answers 404: the body and headers follow the first line. */
const httpErrorLine = [
  'Error: Cannot find channel "latest.yml" update info: HttpError: 404 Not Found',
  '"method: GET url: https://updates.example.com/latest.yml?noCache=1abc\\n\\nData:\\n<html>private body</html>"',
  'Headers: { "set-cookie": "session=abc" }',
  '    at GenericProvider.getLatestVersion (GenericProvider.js:27:27)',
].join('\n');

describe('what electron-updater may write to our log', () => {
  it('keeps only the first line of a message', () => {
    expect(tidyUpdaterMessage(httpErrorLine)).toBe('Error: Cannot find channel "latest.yml" update info: HttpError: 404 Not Found');
  });

  it('drops query strings, from full URLs and from bare file names', () => {
    expect(
      tidyUpdaterMessage(
        'Download block maps (old: "https://cdn.example.com/app-1.0.0.exe.blockmap?X-Amz-Signature=abc&X-Amz-Expires=60", new: app-1.2.0.exe.blockmap?sig=def)',
      ),
    ).toBe('Download block maps (old: "https://cdn.example.com/app-1.0.0.exe.blockmap", new: app-1.2.0.exe.blockmap)');
  });

  it('keeps a question that is not a query', () => {
    expect(tidyUpdaterMessage('Is the app packed? No')).toBe('Is the app packed? No');
  });

  it('passes info, warnings and errors on at their level, tidied', () => {
    const lines: string[] = [];
    const log: Logger = {
      info: (message) => lines.push(`info ${message}`),
      warn: (message) => lines.push(`warn ${message}`),
      error: (message) => lines.push(`error ${message}`),
    };
    const updaterLog = createUpdaterLogger(log);

    updaterLog.info('Checking for update');
    updaterLog.warn('Staging percentage is NaN: x');
    updaterLog.error(httpErrorLine);

    expect(lines).toEqual([
      'info Updater: Checking for update',
      'warn Updater: Staging percentage is NaN: x',
      'error Updater: Error: Cannot find channel "latest.yml" update info: HttpError: 404 Not Found',
    ]);
    expect(lines.join('\n')).not.toMatch(/private body|set-cookie|noCache/);
  });
});
