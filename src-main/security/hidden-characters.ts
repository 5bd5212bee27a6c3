/**
 * Characters that change how text is drawn, or break it, without being seen: what a login from a
 * link and a profile name refuse, what a portal's title loses, what reading a count from a title
 * looks through. One list, so they agree.
 */
export const hiddenCharacters = {
  /** Bidi marks, embeddings, overrides and isolates: they reorder the text around them. */
  bidi: '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069',
  /** The zero-width space and the byte-order mark: they draw nothing. */
  zeroWidth: '\\u200B\\uFEFF',
  /** The zero-width joiners: needed inside emoji and some scripts, so only a login refuses them. */
  joiners: '\\u200C\\u200D',
  /** Control characters, and the line and paragraph separators. */
  controls: '\\p{Cc}\\u2028\\u2029',
} as const;

type Kind = keyof typeof hiddenCharacters;

const compiled = new Map<string, RegExp>();

/** Compiled once per set: an import calls this for each of thousands of lines. */
function characterClass(kinds: readonly Kind[], flags: 'u' | 'gu'): RegExp {
  const source = `[${kinds.map((kind) => hiddenCharacters[kind]).join('')}]`;
  const key = `${flags}${source}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(source, flags);
    compiled.set(key, pattern);
  }
  return pattern;
}

// Without the global flag, so that test() keeps no position between calls.
export const containsHidden = (text: string, kinds: readonly Kind[]): boolean => characterClass(kinds, 'u').test(text);

export const replaceHidden = (text: string, kinds: readonly Kind[], by: string): string => text.replace(characterClass(kinds, 'gu'), by);
