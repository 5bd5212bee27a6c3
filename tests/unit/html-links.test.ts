/** What the web frames' proxy reads and rewrites in a page: its title, and the addresses that would leave the proxy. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlTitle, rewriteLinks } from '../../harness/html-links.ts';

const PAGE = new URL('http://alpha.localhost:4020/crm/');
const proxied = (target: URL) => (target.protocol === 'http:' || target.protocol === 'https:' ? `/p/${target.href}` : null);

describe('a proxied page’s title', () => {
  it('is read as document.title reads it: entities decoded, white space collapsed', () => {
    expect(htmlTitle('<head><title>(3) Alpha</title></head>')).toBe('(3) Alpha');
    expect(htmlTitle('<TITLE lang="en">\n  Tom &amp; Jerry&#39;s  &lt;portal&gt;\n</TITLE>')).toBe("Tom & Jerry's <portal>");
    expect(htmlTitle('<title></title>')).toBe('');
  });

  it('is null when the page has none', () => {
    expect(htmlTitle('<h1>No title</h1>')).toBeNull();
    expect(htmlTitle('<title>never closed')).toBeNull();
  });
});

describe('entities', () => {
  it('decode named, decimal and hex references, and leave unknown or out-of-range ones', () => {
    expect(decodeEntities('&quot;a&quot; &#65;&#x42; &nbsp;')).toBe('"a" AB \u00a0');
    expect(decodeEntities('&bogus; &#0; &#x110000; & plain')).toBe('&bogus; &#0; &#x110000; & plain');
  });
});

describe('a proxied page’s links', () => {
  it('rewrites absolute, protocol-relative and root-relative href, src and action, resolved against the page', () => {
    const html = [
      '<a href="http://127.0.0.1:4020/passport/view/">n</a>',
      "<a href='https://example.com/?a=1&amp;b=2'>x</a>",
      '<script src="//alpha.localhost:4020/assets/portal.js"></script>',
      '<form method="post" action="/mark-read/">',
      '<link rel="stylesheet" HREF = "/assets/site.css">',
    ].join('\n');
    expect(rewriteLinks(html, PAGE, proxied)).toBe(
      [
        '<a href="/p/http://127.0.0.1:4020/passport/view/">n</a>',
        '<a href="/p/https://example.com/?a=1&amp;b=2">x</a>',
        '<script src="/p/http://alpha.localhost:4020/assets/portal.js"></script>',
        '<form method="post" action="/p/http://alpha.localhost:4020/mark-read/">',
        '<link rel="stylesheet" HREF = "/p/http://alpha.localhost:4020/assets/site.css">',
      ].join('\n'),
    );
  });

  it('leaves relative addresses, fragments, other schemes and text alone', () => {
    const html = '<a href="deal/1">d</a><a href="#top">t</a><a href="mailto:a@example.com">m</a><a href="javascript:void 0">j</a><p>href="/x"</p>';
    expect(rewriteLinks(html, PAGE, proxied)).toBe(html);
  });

  it('keeps an address the proxy cannot carry as it was', () => {
    const html = '<a href="http://[bad/">b</a>';
    expect(rewriteLinks(html, PAGE, proxied)).toBe(html);
    expect(rewriteLinks('<a href="/x">x</a>', PAGE, () => null)).toBe('<a href="/x">x</a>');
  });
});
