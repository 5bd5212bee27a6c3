import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Portal, PortalAddressProblem, Result } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, ok, type Deferred } from './fake-bridge.ts';
import { descriptionOf, renderApp } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

const renderBitrix24 = (bridge = new FakeBridge()) => renderApp(bridge.bitrix24Mode());
const findNav = () => screen.findByRole('navigation', { name: 'Portals' });
const nav = () => screen.getByRole('navigation', { name: 'Portals' });
const main = () => screen.getByRole('main');
const addressField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Portal address' });

async function openAddDialog(user: User) {
  await within(await findNav()).findByRole('button', { name: /Acme/ });
  await user.click(within(nav()).getByRole('button', { name: 'Add portal' }));
  // The dialog is its own chunk, fetched on first use.
  return screen.findByRole('dialog', { name: 'Add a portal' });
}

describe('Bitrix24 mode: adding a portal by its address', () => {
  it('lists and opens the portal main added', async () => {
    const { bridge, user } = renderBitrix24();
    await openAddDialog(user);
    expect(document.activeElement).toBe(addressField());
    expect(addressField().placeholder).toBe('yourcompany.bitrix24.com');

    await user.type(addressField(), 'initech.bitrix24.com{Enter}');

    expect(await within(main()).findByRole('heading', { level: 1, name: 'initech.bitrix24.com' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(nav()).getByRole('button', { name: /initech\.bitrix24\.com/ })).toBeTruthy();
    expect(bridge.callsTo('portals.add').map((call) => call.request)).toEqual([{ address: 'initech.bitrix24.com' }]);
    expect(bridge.callsTo('portals.open').map((call) => call.request)).toEqual([{ portalId: 'https://initech.bitrix24.com' }]);
  });

  it.each<[PortalAddressProblem, string, string]>([
    ['scheme', 'javascript:alert(1)', 'Only https addresses of a Bitrix24 can be added. Type the portal’s address, for example yourcompany.bitrix24.com.'],
    ['credentials', 'https://me:secret@acme.bitrix24.com', 'Remove the user name and password from the address: the portal asks for them on its own page.'],
    ['not_https', 'http://acme.bitrix24.com', 'This address is not secure. Use the portal’s https:// address.'],
    ['not_a_portal', 'acme.bitrix24.zz', 'This is not the address of a Bitrix24 portal. Check it and type it again, for example yourcompany.bitrix24.com.'],
    ['not_a_url', 'acme bitrix24', 'This is not a web address. Type the portal’s address, for example yourcompany.bitrix24.com.'],
    ['incomplete', 'bitrix24.de', 'This address is incomplete. Type the whole address, for example yourcompany.bitrix24.com.'],
    ['ip_address', '192.0.2.10', 'Use the portal’s name, not an IP address, for example yourcompany.bitrix24.com.'],
    ['loopback', 'localhost.localdomain', 'This address points at this computer. Type your portal’s address instead.'],
    ['too_long', 'acme.bitrix24.com/very/long', 'This address is too long. Copy just the portal’s address, for example yourcompany.bitrix24.com.'],
  ])('says what to do when main refuses the address (%s) and keeps the typed text', async (addressProblem, typed, sentence) => {
    const bridge = new FakeBridge().respond('portals.add', () => failure('invalid_address', { addressProblem }));
    const { user } = renderBitrix24(bridge);
    const dialog = await openAddDialog(user);

    await user.type(addressField(), typed);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await within(dialog).findByText(sentence);
    expect(descriptionOf(addressField())).toBe(sentence);
    expect(addressField().getAttribute('aria-invalid')).toBe('true');
    expect(addressField().value).toBe(typed);
    expect(document.activeElement).toBe(addressField());
    expect(dialog.textContent).not.toContain('main says');
    // Nothing was listed.
    expect(within(nav()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('asks for an address before sending an empty one', async () => {
    const { bridge, user } = renderBitrix24();
    const dialog = await openAddDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(descriptionOf(addressField())).toBe('Enter the portal’s address, for example yourcompany.bitrix24.com.');
    expect(bridge.callsTo('portals.add')).toHaveLength(0);
  });

  it('is busy while main adds it, and says why another failure happened', async () => {
    const answer: Deferred<Result<Portal>> = deferred();
    const bridge = new FakeBridge().respond('portals.add', () => answer.promise);
    const { user } = renderBitrix24(bridge);
    const dialog = await openAddDialog(user);
    await user.type(addressField(), 'initech.bitrix24.com{Enter}');

    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Adding…' }).disabled).toBe(true);

    await act(async () => answer.resolve(failure('portal_list_full')));

    expect(descriptionOf(addressField())).toBe(
      'Could not add the portal. This list holds the most portals it can (10,000). Remove some before adding more.',
    );
    expect(addressField().value).toBe('initech.bitrix24.com');
  });

  it('closes on Escape without adding anything', async () => {
    const { bridge, user } = renderBitrix24();
    await openAddDialog(user);
    await user.type(addressField(), 'initech');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('portals.add')).toHaveLength(0);
    expect(document.activeElement).toBe(within(nav()).getByRole('button', { name: 'Add portal' }));
  });

  it('opens from the welcome’s “Add a portal” too', async () => {
    const { user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.click(within(main()).getByRole('button', { name: 'Add a portal' }));

    expect(await screen.findByRole('dialog', { name: 'Add a portal' })).toBeTruthy();
  });
});

describe('Bitrix24 mode: import and export', () => {
  const importInput = () => within(nav()).getByLabelText<HTMLInputElement>('Import…');

  it('sends the chosen text file to main and shows the report, each refused line with its number, text and reason', async () => {
    const bridge = new FakeBridge().respond('portals.import', () =>
      ok({
        added: 2,
        duplicates: 1,
        refused: [
          { line: 3, text: 'ftp://files.example.com', reason: 'scheme' },
          { line: 7, text: 'x'.repeat(20), reason: 'line_too_long' },
        ],
      }),
    );
    const { user } = renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    const text = 'initech.bitrix24.com\nhooli.bitrix24.de\nftp://files.example.com\n';

    await user.upload(importInput(), new File([text], 'portals.txt', { type: 'text/plain' }));

    const dialog = await screen.findByRole('dialog', { name: 'Import report' });
    expect(bridge.callsTo('portals.import').map((call) => call.request)).toEqual([{ text }]);
    expect(dialog.textContent).toContain('Added: 2. Already listed: 1.');
    const refused = within(within(dialog).getByRole('region', { name: 'Lines not imported' })).getAllByRole('listitem');
    expect(refused.map((line) => line.textContent)).toEqual([
      'Line 3: “ftp://files.example.com”. Only https addresses of a Bitrix24 can be added. Type the portal’s address, for example yourcompany.bitrix24.com.',
      `Line 7: “${'x'.repeat(20)}”. The line is too long.`,
    ]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a file over 1 MiB without sending it', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.upload(importInput(), new File(['a'.repeat(1024 * 1024 + 1)], 'huge.txt', { type: 'text/plain' }));

    expect((await within(nav()).findByRole('alert')).textContent).toBe(
      'This file is larger than 1 MiB. Split it into smaller files and import each of them.',
    );
    expect(bridge.callsTo('portals.import')).toHaveLength(0);
  });

  it('says why main refused the whole file', async () => {
    const bridge = new FakeBridge().respond('portals.import', () => failure('import_refused', { importProblem: 'not_text' }));
    const { user } = renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.upload(importInput(), new File(['\u0000\u0001'], 'list.txt', { type: 'text/plain' }));

    expect((await within(nav()).findByRole('alert')).textContent).toBe(
      'This is not a text file. Save the list as plain text (UTF-8), one address per line.',
    );
  });

  it('downloads bitrix24-portals.txt built from main’s export', async () => {
    const exported = 'https://acme.bitrix24.com\nhttps://globex.bitrix24.de\n';
    const bridge = new FakeBridge().respond('portals.export', () => ok({ text: exported, count: 2 }));
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:exported';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    onTestFinished(() => click.mockRestore());
    const { user } = renderBitrix24(bridge);
    await within(await findNav()).findByRole('button', { name: /Acme/ });

    await user.click(within(nav()).getByRole('button', { name: 'Export…' }));

    expect((await within(nav()).findByRole('status')).textContent).toBe('Addresses exported: 2.');
    expect(downloads).toEqual(['bitrix24-portals.txt blob:exported']);
    expect(blobs).toHaveLength(1);
    expect(await blobs[0]?.text()).toBe(exported);
  });
});

describe('Bitrix24 mode: removing a portal from the list', () => {
  it('asks first, then main’s list replaces the old one', async () => {
    const { bridge, user } = renderBitrix24();
    await within(await findNav()).findByRole('button', { name: /Acme/ });
    await user.click(within(nav()).getByRole('button', { name: /Acme/ }));
    await within(main()).findByRole('heading', { level: 1, name: 'Acme' });
    expect(within(main()).getByRole('button', { name: 'Sign out of this portal' })).toBeTruthy();
    expect(within(main()).getByRole('button', { name: 'Hide from list' })).toBeTruthy();

    await user.click(within(main()).getByRole('button', { name: 'Remove from list' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Acme from the list?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('portals.remove')).toHaveLength(0);

    await user.click(within(main()).getByRole('button', { name: 'Remove from list' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }));

    expect(await within(main()).findByRole('heading', { level: 1, name: 'Your Bitrix24, in this app' })).toBeTruthy();
    expect(within(nav()).queryByRole('button', { name: /Acme/ })).toBeNull();
    expect(within(nav()).getByRole('button', { name: /Globex/ })).toBeTruthy();
    expect(bridge.callsTo('portals.remove').map((call) => call.request)).toEqual([{ portalId: 'https://acme.bitrix24.com' }]);
  });
});
