import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger, LOG_FILE_NAME } from '../../src-main/logging/file-logger.ts';
import { REDACTED, redactText, redactValue } from '../../src-main/logging/redaction.ts';

const accessToken = 'at_Q2hhbmdlLW1lLXRoaXMtaXMtYS10ZXN0LXRva2Vu';
const refreshToken = 'rt_c2Vjb25kLXRlc3QtdG9rZW4tdGhhdC1pcy1sb25n';

describe('redaction', () => {
  it('removes secrets by key, however deep', () => {
    expect(
      redactValue({ password: 'Alice-Passw0rd!', nested: { refresh_token: 'x', currentPassword: 'y', list: [{ checkword: 'z' }] }, code: '123456' }),
    ).toEqual({
      password: REDACTED,
      nested: { refresh_token: REDACTED, currentPassword: REDACTED, list: [{ checkword: REDACTED }] },
      code: REDACTED,
    });
  });

  it('removes secrets by value, wherever they appear in text', () => {
    const text = `GET /me Authorization: Bearer ${accessToken} then ${refreshToken} and bitrixid://recover?login=a&checkword=Ab3dEf9h, ?token=abc&x=1`;
    const clean = redactText(text);
    expect(clean).not.toContain(accessToken);
    expect(clean).not.toContain(refreshToken);
    expect(clean).not.toContain('Ab3dEf9h');
    expect(clean).not.toContain('token=abc');
    expect(clean).toContain('GET /me');
  });

  it('removes proxy credentials from addresses and headers, keeping which proxy it was', () => {
    const line = {
      message: 'Failed to establish tunnel to api.test:443 via http://j.doe:s3cr%40t@proxy.example.com:3128: HTTP/1.1 502',
      proxy: 'https://j.doe:p@ss@proxy.example.com:8443/',
      header: 'Proxy-Authorization: Basic ai5kb2U6czNjckB0',
    };

    const clean = JSON.stringify(redactValue(line));

    expect(clean).not.toContain('j.doe');
    expect(clean).not.toContain('s3cr');
    expect(clean).not.toContain('p@ss');
    expect(clean).not.toContain('ai5kb2U6czNjckB0');
    expect(clean).toContain(`http://${REDACTED}@proxy.example.com:3128`);
    expect(clean).toContain(`https://${REDACTED}@proxy.example.com:8443/`);
  });

  it('keeps an address without credentials whole', () => {
    expect(redactText('Proxy settings changed to http://proxy.example.com:3128')).toBe('Proxy settings changed to http://proxy.example.com:3128');
  });

  it('keeps harmless details', () => {
    expect(redactValue({ channel: 'session.signIn', status: 401, durationMs: 12, errorCode: 'network' })).toEqual({
      channel: 'session.signIn',
      status: 401,
      durationMs: 12,
      errorCode: 'network',
    });
  });
});

describe('file logger', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes structured lines with secrets redacted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-log-'));
    dirs.push(dir);
    const log = createFileLogger({ dir });
    log.info(`refreshed with ${refreshToken}`, { accessToken, path: '/me' });
    log.warn('sign-in failed', { password: 'Alice-Passw0rd!', login: 'alice@example.com' });
    log.flush();
    const lines = readFileSync(join(dir, LOG_FILE_NAME), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, msg: `refreshed with ${REDACTED}`, accessToken: REDACTED, path: '/me' });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'sign-in failed', password: REDACTED, login: 'alice@example.com' });
    const raw = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
    for (const secret of [accessToken, refreshToken, 'Alice-Passw0rd!']) expect(raw).not.toContain(secret);
  });
});
