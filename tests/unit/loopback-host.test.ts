import { describe, expect, it } from 'vitest';
import { hostWithPort, isAllowedHost, isOriginForm, loopbackHosts } from '../../src-main/security/loopback-host.ts';

/** The embedded mock's browser front and the social listener: exactly 127.0.0.1 and their port. */
const front = [hostWithPort('127.0.0.1', 49200)];
/** The standalone server on its default address. */
const standalone = [...loopbackHosts(4010), hostWithPort('127.0.0.1', 4010)];

describe('the Host rule of the loopback servers', () => {
  it("accepts the server's own address and port", () => {
    expect(isAllowedHost('127.0.0.1:49200', front)).toBe(true);
    expect(['127.0.0.1:4010', 'localhost:4010', 'LOCALHOST:4010', '[::1]:4010'].map((host) => isAllowedHost(host, standalone))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses another host, another port, or no port', () => {
    for (const host of ['127.0.0.2:49200', '127.0.0.1:49201', '127.0.0.1', '127.0.0.1:049200', '127.0.0.1:80']) {
      expect(isAllowedHost(host, front), host).toBe(false);
    }
    expect(isAllowedHost('localhost:4011', standalone)).toBe(false);
  });

  it('refuses "localhost" and [::1] for the browser front, whose URL names 127.0.0.1', () => {
    expect(isAllowedHost('localhost:49200', front)).toBe(false);
    expect(isAllowedHost('[::1]:49200', front)).toBe(false);
  });

  it('refuses a missing or empty Host', () => {
    expect(isAllowedHost(undefined, front)).toBe(false);
    expect(isAllowedHost('', standalone)).toBe(false);
  });

  it('refuses IPv6 written any other way than a bracketed ::1 with the port', () => {
    for (const host of ['::1:4010', '[::1]', '[0:0:0:0:0:0:0:1]:4010', '[::ffff:127.0.0.1]:4010', '[::1]:4011']) {
      expect(isAllowedHost(host, standalone), host).toBe(false);
    }
  });

  it('refuses the names a DNS-rebinding page sends, and look-alikes of the own names', () => {
    for (const host of [
      'evil.example:4010',
      'evil.example:49200',
      '127.0.0.1.evil.example:4010',
      'localhost.evil.example:4010',
      'localhost.:4010',
      'user@127.0.0.1:4010',
      '127.0.0.1:4010 ',
      '127.0.0.1:4010, evil.example:4010',
      '2130706433:4010',
    ]) {
      expect(isAllowedHost(host, standalone), host).toBe(false);
    }
  });

  it('accepts the address the standalone server was started on, with brackets for IPv6', () => {
    expect(hostWithPort('192.168.1.20', 4010)).toBe('192.168.1.20:4010');
    expect(hostWithPort('::', 4010)).toBe('[::]:4010');
    const lan = [...loopbackHosts(4010), hostWithPort('192.168.1.20', 4010)];
    expect(isAllowedHost('192.168.1.20:4010', lan)).toBe(true);
    expect(isAllowedHost('192.168.1.21:4010', lan)).toBe(false);
  });

  it('takes only an origin-form request target, never one naming another host', () => {
    expect(isOriginForm('/oauth/authorize?x=1')).toBe(true);
    for (const target of ['http://evil.example/__mock/inbox', '//evil.example/x', '*', '', undefined]) {
      expect(isOriginForm(target), String(target)).toBe(false);
    }
  });
});
