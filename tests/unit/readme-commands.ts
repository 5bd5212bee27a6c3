/** The shell commands a README shows, for tests/unit/readme-commands.test.ts to check one by one. */

export interface ShellCommand {
  /** The command as the README shows it (one side of an `&&`). */
  text: string;
  /** Leading `NAME=value` assignments. */
  env: Record<string, string>;
  /** The program and its arguments, split on spaces (the README quotes nothing that holds one). */
  words: string[];
}

const FENCED_SH = /^```sh\n([\s\S]*?)^```$/gm;
const FENCED_ANY = /^```[\s\S]*?^```$/gm;
const INLINE_CODE = /`([^`]+)`/g;
const ASSIGNMENT = /^([A-Z][A-Z0-9_]*)=(\S*)$/;
/** Inline code that is a command rather than a flag, a path or a value. */
const INLINE_COMMAND = /^(?:[A-Z][A-Z0-9_]*=\S+\s+)*(?:npm|npx|node)\s/;

export function parseShellCommand(text: string): ShellCommand {
  const words = text.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let match: RegExpExecArray | null;
  while (words.length > 0 && (match = ASSIGNMENT.exec(words[0] ?? '')) !== null) {
    env[match[1] ?? ''] = match[2] ?? '';
    words.shift();
  }
  return { text: text.trim(), env, words };
}

/** Every command in ```sh blocks (one a line; `a && b` is two) and in inline code that starts with npm, npx or node. */
export function readmeCommands(markdown: string): ShellCommand[] {
  const lines: string[] = [];
  for (const [, block] of markdown.matchAll(FENCED_SH)) {
    for (const line of (block ?? '').split('\n')) {
      if (line.trim() !== '' && !line.trim().startsWith('#')) lines.push(...line.split('&&'));
    }
  }
  for (const [, code] of markdown.replace(FENCED_ANY, '').matchAll(INLINE_CODE)) {
    const oneLine = (code ?? '').replace(/\s+/g, ' ').trim();
    if (INLINE_COMMAND.test(oneLine)) lines.push(...oneLine.split('&&'));
  }
  const unique = [...new Set(lines.map((line) => line.trim()))];
  return unique.map(parseShellCommand);
}

/** The arguments an npm script gets: what follows `--` in `npm run <script> -- …` or `npm start -- …`. */
export function scriptArguments(words: readonly string[]): string[] {
  const separator = words.indexOf('--');
  return separator === -1 ? [] : words.slice(separator + 1);
}

/** `--flag value` and `--flag=value` pairs, in order; a flag with no value maps to ''. */
export function flagValues(args: readonly string[]): [flag: string, value: string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const equals = arg.indexOf('=');
    if (equals !== -1) pairs.push([arg.slice(0, equals), arg.slice(equals + 1)]);
    else if (args[i + 1] !== undefined && !(args[i + 1] ?? '').startsWith('--')) pairs.push([arg, args[(i += 1)] ?? '']);
    else pairs.push([arg, '']);
  }
  return pairs;
}
