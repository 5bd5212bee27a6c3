import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Portal, PortalNameCheck, Result } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, type Deferred } from './fake-bridge.ts';
import { descriptionOf, renderSignedIn } from './render-app.tsx';

const nav = () => screen.getByRole('navigation', { name: 'Portals' });
const dialog = () => screen.getByRole('dialog', { name: 'Create Bitrix24' });
const address = () => within(dialog()).getByRole('textbox', { name: 'Address' });
const checksOf = (bridge: FakeBridge) => bridge.callsTo('portals.checkName').map((call) => call.request);

/** Signs in, opens the dialog and waits for the suggested address to be checked. */
async function openDialog(bridge = new FakeBridge()) {
  const rendered = renderSignedIn(bridge);
  const create = await within(await screen.findByRole('navigation', { name: 'Portals' })).findByRole('button', {
    name: 'Create Bitrix24',
  });
  await rendered.user.click(create);
  await screen.findByRole('dialog', { name: 'Create Bitrix24' });
  return { ...rendered, create };
}

describe('Create Bitrix24', () => {
  it('offers the zones and a free address the server suggested, with the domain it makes', async () => {
    const { bridge } = await openDialog();
    await waitFor(() => expect(document.activeElement).toBe(address()));

    expect(await within(dialog()).findByDisplayValue('b24-suggested1')).toBe(address());
    const zone = within(dialog()).getByRole('combobox', { name: 'Zone' });
    expect(within(zone).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'bitrix24.com',
      'bitrix24.de',
      'bitrix24.ru',
    ]);
    expect((zone as HTMLSelectElement).value).toBe('com');
    expect(await within(dialog()).findByText('Available')).toBeTruthy();
    expect(descriptionOf(address())).toBe('Your Bitrix24 will be at b24-suggested1.bitrix24.com Available');
    expect(bridge.callsTo('portals.suggestName').map((call) => call.request)).toEqual([{ zone: 'com' }]);
    expect(checksOf(bridge)).toEqual([{ name: 'b24-suggested1', zone: 'com' }]);
  });

  it('suggests another address on request, and checks an address again in another zone', async () => {
    const { bridge, user } = await openDialog();
    await within(dialog()).findByText('Available');

    await user.click(within(dialog()).getByRole('button', { name: 'Suggest another' }));
    expect(await within(dialog()).findByDisplayValue('b24-suggested2')).toBe(address());

    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Zone' }), 'bitrix24.de');
    expect(within(dialog()).getByText('Your Bitrix24 will be at b24-suggested2.bitrix24.de')).toBeTruthy();
    await within(dialog()).findByText('Available');
    expect(checksOf(bridge).at(-1)).toEqual({ name: 'b24-suggested2', zone: 'de' });
  });

  it('explains the naming rules as soon as an address breaks them, without asking the server', async () => {
    const { bridge, user } = await openDialog();
    await within(dialog()).findByText('Available');
    const asked = checksOf(bridge).length;

    await user.clear(address());
    await user.type(address(), 'My-Shop-');

    // Capitals are lowered as typed; the trailing hyphen is still against the rules.
    expect(address()).toHaveProperty('value', 'my-shop-');
    expect(address().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(address())).toContain(
      '3–30 characters: lower-case letters, digits and hyphens, not starting or ending with a hyphen',
    );
    // An address that breaks the rules is not previewed as if it were one.
    expect(descriptionOf(address())).not.toContain('will be at');
    await user.clear(address());
    await user.type(address(), 'with space');
    expect(within(dialog()).queryByText(/will be at/)).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(checksOf(bridge)).toHaveLength(asked);

    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(bridge.callsTo('portals.create')).toHaveLength(0);
    expect(document.activeElement).toBe(address());
  });

  it('asks the server once typing pauses, and only shows the answer for the address now typed', async () => {
    const { bridge, user } = await openDialog();
    await within(dialog()).findByText('Available');
    const asked = checksOf(bridge).length;

    await user.clear(address());
    await user.type(address(), 'acme');

    expect(within(dialog()).getByText('Checking…')).toBeTruthy();
    expect(await within(dialog()).findByText('Already taken')).toBeTruthy();
    expect(address().getAttribute('aria-invalid')).toBe('true');
    // One question for the whole word, not one per keystroke.
    expect(checksOf(bridge).slice(asked)).toEqual([{ name: 'acme', zone: 'com' }]);

    // A slow answer about an earlier address does not overwrite the one typed since.
    const slow: Deferred<Result<PortalNameCheck>> = deferred();
    bridge.respond('portals.checkName', ({ name }) => (name === 'acme-one' ? slow.promise : { ok: true, value: { available: true } }));
    await user.type(address(), '-one');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    await user.type(address(), 's');
    expect(await within(dialog()).findByText('Available')).toBeTruthy();
    await act(async () => slow.resolve({ ok: true, value: { available: false, reason: 'taken' } }));
    expect(within(dialog()).getByText('Available')).toBeTruthy();
    expect(within(dialog()).queryByText('Already taken')).toBeNull();
  });

  it('creates the portal, lists it and opens it', async () => {
    const { bridge, user } = await openDialog();
    await within(dialog()).findByText('Available');
    await user.clear(address());
    await user.type(address(), 'alice-shop');
    await within(dialog()).findByText('Available');

    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));

    await screen.findByTitle('alice-shop');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('portals.create').map((call) => call.request)).toEqual([{ name: 'alice-shop', zone: 'com', title: '' }]);
    expect(bridge.callsTo('portals.open').map((call) => call.request)).toEqual([{ portalId: 'p-alice-shop' }]);
    expect(within(nav()).getByRole('button', { name: /alice-shop\.bitrix24\.com/ }).getAttribute('aria-current')).toBe('true');
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'alice-shop' })).toBeTruthy();
  });

  it('names the portal with the title typed, trimmed', async () => {
    const { bridge, user } = await openDialog();
    await within(dialog()).findByText('Available');
    const title = within(dialog()).getByRole('textbox', { name: 'Title (optional)' });
    expect(descriptionOf(title)).toBe('Left empty, the Bitrix24 is named after its address.');
    expect(title.getAttribute('maxlength')).toBe('255');

    await user.type(title, '  Alice’s Shop ');
    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));

    expect(await within(screen.getByRole('main')).findByRole('heading', { name: 'Alice’s Shop' })).toBeTruthy();
    expect(bridge.callsTo('portals.create').map((call) => call.request)).toEqual([{ name: 'b24-suggested1', zone: 'com', title: 'Alice’s Shop' }]);
  });

  it('says up front how many more may be created', async () => {
    const bridge = new FakeBridge();
    bridge.portalsLeftToCreate = 2;
    await openDialog(bridge);
    expect(await within(dialog()).findByText('You can create 2 more Bitrix24 accounts.')).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Create' })).toHaveProperty('disabled', false);
  });

  it('with none left to create, says so and disables Create with that reason', async () => {
    const bridge = new FakeBridge();
    bridge.portalsLeftToCreate = 0;
    const { user } = await openDialog(bridge);
    const note = 'You have created the most Bitrix24 accounts you can (7), so you cannot create another.';
    expect(await within(dialog()).findByText(note)).toBeTruthy();
    const create = within(dialog()).getByRole('button', { name: 'Create' });
    expect(create).toHaveProperty('disabled', true);
    expect(descriptionOf(create)).toBe(note);
    await user.click(create);
    expect(bridge.callsTo('portals.create')).toHaveLength(0);
  });

  it('is busy while creating, and cannot be closed meanwhile', async () => {
    const answer: Deferred<Result<Portal>> = deferred();
    const { user } = await openDialog(new FakeBridge().respond('portals.create', () => answer.promise));
    await within(dialog()).findByText('Available');

    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));

    const busy = within(dialog()).getByRole('button', { name: 'Creating…' });
    expect(busy).toHaveProperty('disabled', true);
    expect(dialog().getAttribute('aria-busy')).toBe('true');
    await user.keyboard('{Escape}');
    expect(dialog()).toBeTruthy();

    await act(async () => answer.resolve(failure('server')));
    expect(within(dialog()).getByRole('alert').textContent).toContain('Could not create the Bitrix24.');
    expect(address()).toHaveProperty('value', 'b24-suggested1');
  });

  it('says at once when the person already has the most portals they may create, keeping the address', async () => {
    const { user } = await openDialog(new FakeBridge().respond('portals.create', () => failure('portal_limit_reached')));
    await within(dialog()).findByText('Available');

    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));

    expect((await within(dialog()).findByRole('alert')).textContent).toBe('You can create at most 7 Bitrix24 accounts.');
    expect(address()).toHaveProperty('value', 'b24-suggested1');
    // The count said before was out of date: now none are left, and Create says so.
    expect(within(dialog()).getByRole('button', { name: 'Create' })).toHaveProperty('disabled', true);
  });

  it('shows an address taken meanwhile at the field', async () => {
    const { user } = await openDialog(new FakeBridge().respond('portals.create', () => failure('portal_name_taken')));
    await within(dialog()).findByText('Available');

    await user.click(within(dialog()).getByRole('button', { name: 'Create' }));

    expect(await within(dialog()).findByText('Already taken')).toBeTruthy();
    expect(within(dialog()).queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(address());
    expect(address()).toHaveProperty('value', 'b24-suggested1');
  });

  it('says when the zones cannot be loaded, and loads them again on request', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().respond('portals.zones', () =>
      ++attempts === 1 ? failure('timeout') : { ok: true, value: [{ zone: 'de', domainSuffix: 'bitrix24.de' }] },
    );
    const { user } = await openDialog(bridge);

    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('Could not load the zones.');
    expect(within(dialog()).getByRole('button', { name: 'Create' })).toHaveProperty('disabled', true);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await within(dialog()).findByDisplayValue('b24-suggested1')).toBe(address());
    expect((within(dialog()).getByRole('combobox', { name: 'Zone' }) as HTMLSelectElement).value).toBe('de');
  });

  it('closes with Escape or Cancel and gives the focus back to the button that opened it', async () => {
    const { create, user } = await openDialog();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(create);

    await user.click(create);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(create);
  });
});
