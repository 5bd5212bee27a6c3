import { describe, expect, it } from 'vitest';
import { MockPageMemory } from '../../src-main/portal-views/mock-page-memory.ts';
import type { MockPortalPages, PortalPage } from '../../src-main/portal-views/portal-view-host.ts';

const LOGIN = 'https://acme.bitrix24.com/bitrix-id/sso?ticket=t-1';

/** A mock that shows the signed-in page once per ticket, as the embedded mock does, and records what it was asked. */
function oneTimeLogin(html: string) {
  const asked: string[] = [];
  const pages: MockPortalPages = (url): PortalPage => {
    asked.push(url);
    if (!url.includes('/bitrix-id/sso')) return { status: 404, html: 'Not found' };
    return asked.filter((seen) => seen === url).length === 1 ? { status: 200, html } : { status: 401, html: 'used' };
  };
  return { pages, asked };
}

describe("the embedded mock's pages in a portal view", () => {
  it('shows the page a one-time login showed again on reload, without asking the mock', () => {
    const mock = oneTimeLogin('ACME, signed in');
    const memory = new MockPageMemory(mock.pages);

    expect(memory.page(LOGIN)).toEqual({ status: 200, html: 'ACME, signed in' });
    expect(memory.page(LOGIN)).toEqual({ status: 200, html: 'ACME, signed in' });
    expect(mock.asked).toEqual([LOGIN]);
  });

  it('keeps no page that was not shown (errors are asked again)', () => {
    const mock = oneTimeLogin('ACME, signed in');
    const memory = new MockPageMemory(mock.pages);

    expect(memory.page('https://acme.bitrix24.com/favicon.ico')).toMatchObject({ status: 404 });
    expect(memory.page('https://acme.bitrix24.com/favicon.ico')).toMatchObject({ status: 404 });
    expect(mock.asked).toHaveLength(2);
  });

  it('forgets what it showed when the portal is signed out of', () => {
    const mock = oneTimeLogin('ACME, signed in');
    const memory = new MockPageMemory(mock.pages);
    memory.page(LOGIN);

    memory.forget();

    expect(memory.page(LOGIN)).toEqual({ status: 401, html: 'used' });
  });

  it('asks the latest mock for new pages, and keeps showing what an earlier one showed', () => {
    const first = oneTimeLogin('from the first mock');
    const second = oneTimeLogin('from the second mock');
    const memory = new MockPageMemory(first.pages);
    memory.page(LOGIN);

    memory.use(second.pages);

    expect(memory.page(LOGIN)).toEqual({ status: 200, html: 'from the first mock' });
    const other = 'https://acme.bitrix24.com/bitrix-id/sso?ticket=t-2';
    expect(memory.page(other)).toEqual({ status: 200, html: 'from the second mock' });
    expect(first.asked).toEqual([LOGIN]);
    expect(second.asked).toEqual([other]);
  });
});
