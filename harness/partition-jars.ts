/**
 * The harness's stand-in for Electron's session partitions: one cookie jar per partition, in memory,
 * kept server-side (the browser showing the frames never holds a site's cookie). tough-cookie does
 * the browser's cookie rules (domain and path matching, expiry, Max-Age=0 deleting), which a hand-made
 * map would get subtly wrong.
 */
import { CookieJar } from 'tough-cookie';

export class PartitionJars {
  private readonly jars = new Map<string, CookieJar>();

  private jarOf(partition: string): CookieJar {
    let jar = this.jars.get(partition);
    if (jar === undefined) {
      jar = new CookieJar();
      this.jars.set(partition, jar);
    }
    return jar;
  }

  /** The `Cookie` header a request to `url` carries from this partition ('' for none). */
  cookieHeader(partition: string, url: URL): Promise<string> {
    return this.jarOf(partition).getCookieString(url.href);
  }

  /** Keeps what a response's `Set-Cookie` lines say; a line the rules refuse is dropped, as a browser does. */
  async keep(partition: string, url: URL, setCookieLines: readonly string[]): Promise<void> {
    const jar = this.jarOf(partition);
    for (const line of setCookieLines) await jar.setCookie(line, url.href, { ignoreError: true });
  }

  /** Drops every cookie of one host (cookies are per host, not per port): "sign out of this portal". */
  async clearHost(partition: string, hostname: string): Promise<void> {
    const jar = this.jars.get(partition);
    if (jar === undefined) return;
    for (const cookie of await jar.store.getAllCookies()) {
      if (cookie.domain === hostname) await jar.store.removeCookie(cookie.domain, cookie.path, cookie.key);
    }
  }

  /** Forgets the partition's jar: everything it held. */
  clear(partition: string): void {
    this.jars.delete(partition);
  }
}
