import { describe, expect, it } from 'vitest';
import { containsHidden, replaceHidden } from '../../src-main/security/hidden-characters.ts';

describe('hidden characters', () => {
  it('finds each kind only where it is', () => {
    expect(containsHidden('a\u202Eb', ['bidi'])).toBe(true);
    expect(containsHidden('a\u202Eb', ['controls'])).toBe(false);
    expect(containsHidden('a\u0007b', ['controls'])).toBe(true);
    expect(containsHidden('a\u2028b', ['controls'])).toBe(true);
    expect(containsHidden('a\uFEFFb', ['zeroWidth'])).toBe(true);
    expect(containsHidden('Анна 👩‍💻', ['bidi', 'controls', 'zeroWidth'])).toBe(false);
    expect(containsHidden('Анна 👩‍💻', ['joiners'])).toBe(true);
  });

  it('gives the same answer however often it is asked', () => {
    for (let round = 0; round < 3; round += 1) expect(containsHidden('x\u200Fy', ['bidi'])).toBe(true);
  });

  it('replaces every hidden character of the given kinds, and no other', () => {
    expect(replaceHidden('\u200Fa\u0000b\u200Bc\u2069', ['bidi', 'zeroWidth'], '')).toBe('a\u0000bc');
    expect(replaceHidden('a\tb\u202Ec', ['controls', 'bidi'], '_')).toBe('a_b_c');
  });
});
