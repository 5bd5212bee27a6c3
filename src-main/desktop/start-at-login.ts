import { rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomically } from '../files/atomic-file.ts';

/**
 * Starting at login. macOS and Windows keep the app's login item themselves
 * (`app.setLoginItemSettings`); on Linux it is an XDG autostart desktop file, written here.
 * Started that way, the app opens with its window hidden and its tray icon shown.
 */

/** The argument the login item starts the app with: the window stays hidden, the tray is there. */
export const START_MINIMIZED_FLAG = '--start-minimized';

export const startsMinimized = (argv: readonly string[]): boolean => argv.includes(START_MINIMIZED_FLAG);

export const AUTOSTART_FILE_NAME = 'bitrix-id-desktop.desktop';

/** `$XDG_CONFIG_HOME/autostart` (only an absolute path counts, as the spec says), else `~/.config/autostart`. */
export function autostartDir(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env['XDG_CONFIG_HOME'];
  return join(configHome && isAbsolute(configHome) ? configHome : join(home, '.config'), 'autostart');
}

/**
 * One argument of an Exec line: quoted when it holds a space or a reserved character, with `"`,
 * `` ` ``, `$` and `\` escaped inside the quotes; `%` is doubled (it starts a field code). The
 * string escape of the desktop file then doubles every backslash again.
 */
export function execArgument(argument: string): string {
  const fieldCodesEscaped = argument.replaceAll('%', '%%');
  const needsQuotes = fieldCodesEscaped === '' || /[\s"'\\><~|&;$*?#()`]/u.test(fieldCodesEscaped);
  const quoted = needsQuotes ? `"${fieldCodesEscaped.replace(/["`$\\]/gu, (character) => `\\${character}`)}"` : fieldCodesEscaped;
  return quoted.replaceAll('\\', '\\\\');
}

export interface LaunchCommand {
  /** The program: the AppImage itself when the app runs from one (its mount point changes every run). */
  executable: string;
  args: readonly string[];
}

/** What starts this app again: the AppImage or the executable, with the development run's app folder if any. */
export function launchCommand(execPath: string, env: NodeJS.ProcessEnv, appArgs: readonly string[]): LaunchCommand {
  const appImage = env['APPIMAGE'];
  return { executable: appImage && isAbsolute(appImage) ? appImage : execPath, args: [...appArgs, START_MINIMIZED_FLAG] };
}

/** The autostart desktop file's text; `name` is the app's name as the session's startup list shows it. */
export function autostartEntry(command: LaunchCommand, name: string): string {
  const exec = [command.executable, ...command.args].map(execArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${name.replace(/[\r\n]/gu, ' ')}`,
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes or removes the autostart file; says whether the OS now has what was asked. */
export function setLinuxAutostart(dir: string, enabled: boolean, entry: () => string): boolean {
  const file = join(dir, AUTOSTART_FILE_NAME);
  try {
    if (enabled) writeFileAtomically(file, entry(), 0o644);
    else rmSync(file, { force: true });
    return true;
  } catch {
    return false;
  }
}
