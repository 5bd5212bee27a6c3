import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptFile {
  /** Path relative to the site root, for the report. */
  name: string;
  raw: number;
  gzip: number;
}

export interface InitialJs {
  files: ScriptFile[];
  raw: number;
  gzip: number;
  /** Static imports of the initial files that the page neither loads nor preloads (should be none). */
  unlisted: string[];
}

/**
 * The JS a built index.html makes the browser fetch before any lazy import: its module
 * scripts plus its modulepreload links. Each file is gzipped on its own (level 9), as it
 * would travel over the wire.
 */
export async function measureInitialJs(indexHtmlFile: string): Promise<InitialJs> {
  const siteRoot = dirname(resolve(indexHtmlFile));
  const html = await readFile(indexHtmlFile, 'utf8');
  const urls = initialScriptUrls(html);
  if (urls.length === 0) throw new Error(`${indexHtmlFile} loads no module script.`);

  const listed = new Set(urls.map((url) => resolveInside(siteRoot, siteRoot, url)));
  const files: ScriptFile[] = [];
  const unlisted = new Set<string>();
  for (const file of listed) {
    const bytes = await readFile(file);
    files.push({ name: siteName(siteRoot, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    for (const specifier of staticImports(bytes.toString('utf8'))) {
      const imported = resolveInside(siteRoot, dirname(file), specifier);
      if (!listed.has(imported)) unlisted.add(siteName(siteRoot, imported));
    }
  }
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    unlisted: [...unlisted],
  };
}

/** `src` of `<script type="module">` and `href` of `<link rel="modulepreload">`, in page order. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = parseAttributes(tag);
    if (name?.toLowerCase() === 'script') {
      const src = attributes.get('src');
      if (attributes.get('type')?.toLowerCase() === 'module' && src) urls.push(src);
    } else {
      const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
      const href = attributes.get('href');
      if (rel.includes('modulepreload') && href) urls.push(href);
    }
  }
  return urls;
}

function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-z][a-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi)) {
    attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * Relative specifiers of static `import`/`export … from` statements in a minified chunk. A
 * cross-check only: dynamic `import("…")` is skipped, since a lazy chunk is meant to be unlisted.
 */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

const siteName = (siteRoot: string, file: string): string => relative(siteRoot, file).split(sep).join('/');

/** Maps a URL from the page to a file; the site is served from its root, so `/x` means root/x. */
function resolveInside(siteRoot: string, fromDir: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) throw new Error(`Initial script ${url} is not a local file.`);
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  const file = path.startsWith('/') ? resolve(siteRoot, `.${path}`) : resolve(fromDir, path);
  if (!file.startsWith(siteRoot + sep)) throw new Error(`Initial script ${url} is outside ${siteRoot}.`);
  return file;
}
