import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTOSTART_FILE_NAME,
  START_MINIMIZED_FLAG,
  autostartDir,
  autostartEntry,
  execArgument,
  launchCommand,
  setLinuxAutostart,
  startsMinimized,
} from '../../../src-main/desktop/start-at-login.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitrix-id-autostart-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('starting at login on Linux (XDG autostart)', () => {
  it('puts the file in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when that is unset or relative', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/home/ann/cfg' }, '/home/ann')).toBe('/home/ann/cfg/autostart');
    expect(autostartDir({}, '/home/ann')).toBe('/home/ann/.config/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'cfg' }, '/home/ann')).toBe('/home/ann/.config/autostart');
  });

  it('starts the AppImage itself when the app runs from one, else the executable; always minimized', () => {
    expect(launchCommand('/tmp/.mount_abc/bitrix-id', { APPIMAGE: '/home/ann/Apps/Bitrix ID.AppImage' }, [])).toEqual({
      executable: '/home/ann/Apps/Bitrix ID.AppImage',
      args: [START_MINIMIZED_FLAG],
    });
    expect(launchCommand('/opt/Bitrix ID Desktop/bitrix-id', {}, [])).toEqual({ executable: '/opt/Bitrix ID Desktop/bitrix-id', args: [START_MINIMIZED_FLAG] });
    expect(launchCommand('/usr/bin/electron', {}, ['/src/app'])).toEqual({ executable: '/usr/bin/electron', args: ['/src/app', START_MINIMIZED_FLAG] });
  });

  it('quotes and escapes Exec arguments as the Desktop Entry spec says', () => {
    expect(execArgument('/usr/bin/bitrix-id')).toBe('/usr/bin/bitrix-id');
    expect(execArgument('/home/ann/Apps/Bitrix ID.AppImage')).toBe('"/home/ann/Apps/Bitrix ID.AppImage"');
    expect(execArgument('/a/100%')).toBe('/a/100%%');
    expect(execArgument('/a/$HOME"x')).toBe('"/a/\\\\$HOME\\\\"x"');
  });

  it('writes a desktop file that starts the app minimized, readable by the session, and removes it', () => {
    const entry = autostartEntry({ executable: '/home/ann/Apps/Bitrix ID.AppImage', args: [START_MINIMIZED_FLAG] }, 'Bitrix ID Desktop');
    expect(setLinuxAutostart(dir, true, () => entry)).toBe(true);
    const file = join(dir, AUTOSTART_FILE_NAME);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=Bitrix ID Desktop', 'Exec="/home/ann/Apps/Bitrix ID.AppImage" --start-minimized']),
    );
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(existsSync(`${file}.tmp`)).toBe(false);

    expect(setLinuxAutostart(dir, false, () => entry)).toBe(true);
    expect(existsSync(file)).toBe(false);
    // Turning off what is already off is no failure.
    expect(setLinuxAutostart(dir, false, () => entry)).toBe(true);
  });

  it('says so when the file cannot be written', () => {
    // The autostart folder's place is taken by a file: nothing can go below it.
    const notAFolder = join(dir, 'autostart');
    writeFileSync(notAFolder, '');
    expect(setLinuxAutostart(notAFolder, true, () => 'x')).toBe(false);
  });

  it('knows a launch by the login item from its flag', () => {
    expect(startsMinimized(['/usr/bin/bitrix-id', START_MINIMIZED_FLAG])).toBe(true);
    expect(startsMinimized(['/usr/bin/bitrix-id', 'bitrixid://x'])).toBe(false);
  });
});
