/**
 * What the web frames' proxy reads and changes in a proxied HTML page: its title, and the
 * addresses in `href`, `src` and `action` attributes that would leave the proxy (absolute `http…`,
 * protocol-relative `//…` and root-relative `/…`). Relative ones already resolve inside it. A
 * pattern over attributes rather than an HTML parser: the harness proxies only the emulated
 * Bitrix24's plain pages, whose markup this covers, and a page it misses only shows a broken link.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references a title or an attribute value may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's title as `document.title` reads it (white space collapsed), or null when it has none. */
export function htmlTitle(html: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  if (match === null) return null;
  return decodeEntities(match[1] ?? '').replace(/\s+/g, ' ').trim();
}

const LINK_ATTRIBUTE = /(\s(?:href|src|action)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
const LEAVES_THE_PROXY = /^(?:https?:|\/)/i;

/**
 * Rewrites each attribute address that would leave the proxy with `toProxied` (null leaves it as it
 * is), resolved against the page's own address.
 */
export function rewriteLinks(html: string, pageUrl: URL, toProxied: (target: URL) => string | null): string {
  return html.replace(LINK_ATTRIBUTE, (whole, prefix: string, doubleQuoted: string | undefined, singleQuoted: string | undefined) => {
    const value = decodeEntities(doubleQuoted ?? singleQuoted ?? '').trim();
    if (!LEAVES_THE_PROXY.test(value)) return whole;
    let target: URL;
    try {
      target = new URL(value, pageUrl);
    } catch {
      return whole;
    }
    const proxied = toProxied(target);
    return proxied === null ? whole : `${prefix}"${escapeAttribute(proxied)}"`;
  });
}
