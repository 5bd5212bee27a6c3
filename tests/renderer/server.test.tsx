import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result, ServerHealth } from '../../src-preload/contract.ts';
import { appInfoFor, deferred, failure, FakeBridge, ok, signedIn, type Deferred } from './fake-bridge.ts';
import { chooseFromAccountMenu, descriptionOf, findSignInHeading, renderApp, renderSignedIn, signInAs } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

/** Opens the server settings from the signed-out footer, as a person would. */
async function openFromFooter(user: User) {
  await findSignInHeading();
  await user.click(await screen.findByRole('button', { name: 'Server settings' }));
  return screen.findByRole('heading', { level: 1, name: 'Server' });
}

const addressField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Server address' });
const footer = () => screen.getByRole('contentinfo');

describe('server settings, signed out', () => {
  it('opens from the footer and says the embedded mock is in use', async () => {
    const { user } = renderApp();

    const heading = await openFromFooter(user);

    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('In use:').textContent).toBe('In use: Embedded mock backend');
    expect(screen.queryByText(/command line or the environment/)).toBeNull();
    // Already on the mock: switching to it is not offered.
    expect(screen.queryByRole('button', { name: 'Use the embedded mock backend' })).toBeNull();
    expect(addressField().type).toBe('url');
    // The footer stays, without a link to where the person already is.
    expect(within(footer()).getByText('Embedded mock backend')).toBeTruthy();
    expect(within(footer()).queryByRole('button', { name: 'Server settings' })).toBeNull();
  });

  it('goes back to sign-in with the login typed there', async () => {
    const { user } = renderApp();
    await findSignInHeading();
    await user.type(screen.getByLabelText('Email or phone'), 'bob@example.com');
    await user.click(screen.getByRole('button', { name: 'Server settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Server' });

    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));

    await findSignInHeading();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Email or phone' }).value).toBe('bob@example.com');
  });

  it('refuses plain http to another machine as it is typed, and accepts it for this computer', async () => {
    const { bridge, user } = renderApp();
    await openFromFooter(user);

    await user.type(addressField(), 'http://example.com');

    expect(addressField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(addressField())).toContain('Use an https:// address (http:// only for this computer).');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(bridge.callsTo('server.test')).toHaveLength(0);
    expect(bridge.callsTo('server.set')).toHaveLength(0);
    expect(document.activeElement).toBe(addressField());

    await user.clear(addressField());
    await user.type(addressField(), 'http://127.0.0.1:4010');

    expect(addressField().getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(addressField())).not.toContain('Use an https://');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(bridge.callsTo('server.test')).toEqual([{ channel: 'server.test', request: { url: 'http://127.0.0.1:4010' } }]);
  });

  it.each([
    ['not a url', 'Enter a full address, like https://id.example.com.'],
    ['id.example.com', 'Enter a full address, like https://id.example.com.'],
    ['https://user:pw@id.example.com', 'Leave out the user name and password.'],
    ['https://id.example.com/?next=x', 'Leave out everything after ? or #.'],
  ])('says what to do about %s, and sends nothing', async (typed, advice) => {
    const { bridge, user } = renderApp();
    await openFromFooter(user);

    await user.type(addressField(), typed);

    expect(addressField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(addressField())).toContain(advice);
    expect(descriptionOf(addressField())).not.toContain('Use an https://');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(bridge.callsTo('server.set')).toHaveLength(0);
  });

  it('says an address that answers as another kind of server is not Bitrix ID', async () => {
    const { user } = renderApp(new FakeBridge().respond('server.test', () => failure('not_bitrix_id_server')));
    await openFromFooter(user);
    await user.type(addressField(), 'https://www.example.org');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is not a Bitrix ID server (the address answers, but not as Bitrix ID does). Check the address.',
    );
  });

  it('asks for an address before testing an empty one', async () => {
    const { bridge, user } = renderApp();
    await openFromFooter(user);

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(descriptionOf(addressField())).toContain('Enter the server address.');
    expect(bridge.callsTo('server.test')).toHaveLength(0);
  });

  it('tests the connection, busy meanwhile, and says what answered', async () => {
    const answer: Deferred<Result<ServerHealth>> = deferred();
    const { bridge, user } = renderApp(new FakeBridge().respond('server.test', () => answer.promise));
    await openFromFooter(user);
    await user.type(addressField(), 'https://id.example.org');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    const busy = screen.getByRole<HTMLButtonElement>('button', { name: 'Testing…' });
    expect(busy.disabled).toBe(true);
    await act(async () => answer.resolve(ok({ name: 'Bitrix ID', version: '2.3.1' })));
    expect(screen.getByRole('status').textContent).toBe('Connected to Bitrix ID 2.3.1.');
    expect(screen.getByRole('button', { name: 'Test connection' })).toBe(document.activeElement);
    // Testing is not switching.
    expect(bridge.callsTo('server.set')).toHaveLength(0);
    expect(within(footer()).getByText('Embedded mock backend')).toBeTruthy();

    // The result was about that address: editing it takes the result away.
    await user.type(addressField(), '/id');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each(['network', 'timeout', 'server'] as const)('says a server that fails with %s could not be reached, keeping the address', async (code) => {
    const { user } = renderApp(new FakeBridge().respond('server.test', () => failure(code)));
    await openFromFooter(user);
    await user.type(addressField(), 'https://nowhere.example.org');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Could not reach that server. Check the address and try again.');
    expect(addressField().value).toBe('https://nowhere.example.org');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains other failures of the test in the app’s own words', async () => {
    const { user } = renderApp(new FakeBridge().respond('server.test', () => failure('rate_limited', { retryAfterMs: 30_000 })));
    await openFromFooter(user);
    await user.type(addressField(), 'https://id.example.org');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Could not test the connection. Too many attempts. Try again in 30 seconds.');
  });

  it('switches without asking, then shows sign-in with the new server in the footer', async () => {
    const { bridge, user } = renderApp();
    await openFromFooter(user);
    await user.type(addressField(), '  https://id.example.org  ');

    await user.click(screen.getByRole('button', { name: 'Use this server' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('server.set')).toEqual([{ channel: 'server.set', request: { url: 'https://id.example.org' } }]);
    expect(within(footer()).getByText('Server: https://id.example.org')).toBeTruthy();
    // The mock's tools went with the mock.
    expect(within(footer()).queryByRole('button', { name: 'Mock inbox' })).toBeNull();
    expect(within(footer()).queryByRole('button', { name: 'Mock backend' })).toBeNull();
  });

  it('takes the new backend from main’s answer even if no event comes', async () => {
    const bridge = new FakeBridge().respond('server.set', ({ url }) => ok(appInfoFor(url ?? '')));
    const { user } = renderApp(bridge);
    await openFromFooter(user);
    await user.type(addressField(), 'https://id.example.org');

    await user.click(screen.getByRole('button', { name: 'Use this server' }));

    await findSignInHeading();
    expect(within(footer()).getByText('Server: https://id.example.org')).toBeTruthy();
  });

  it('keeps what was typed and says why when switching fails', async () => {
    const answer: Deferred<Result<never>> = deferred();
    const { user } = renderApp(new FakeBridge().respond('server.set', () => answer.promise));
    await openFromFooter(user);
    await user.type(addressField(), 'https://id.example.org');

    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Switching…' }).disabled).toBe(true);
    await act(async () => answer.resolve(failure('network')));

    expect(screen.getByRole('alert').textContent).toBe('Could not switch servers: that server could not be reached.');
    expect(screen.getByRole('heading', { level: 1, name: 'Server' })).toBeTruthy();
    expect(addressField().value).toBe('https://id.example.org');
    expect(within(footer()).getByText('Embedded mock backend')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Use this server' }));
  });

  it('notes that the command line chose the server, and goes back to the embedded mock', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok(appInfoFor('https://id.corp.example', 'override')));
    const { user } = renderApp(bridge);
    await openFromFooter(user);

    expect(screen.getByText('In use:').textContent).toBe('In use: https://id.corp.example');
    expect(screen.getByText('The command line or the environment chose this server for this run.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Use the embedded mock backend' }));

    await findSignInHeading();
    expect(bridge.callsTo('server.set')).toEqual([{ channel: 'server.set', request: { url: null } }]);
    expect(within(footer()).getByText('Embedded mock backend')).toBeTruthy();
  });

  it('says nothing about the command line for a server the person chose', async () => {
    const { user } = renderApp(new FakeBridge().respond('app.info', () => ok(appInfoFor('https://id.example.com'))));
    await openFromFooter(user);

    expect(screen.getByText('In use:').textContent).toBe('In use: https://id.example.com');
    expect(screen.queryByText(/command line/)).toBeNull();
  });
});

describe('server settings, signed in', () => {
  const openFromMenu = async (user: User) => {
    await chooseFromAccountMenu(user, 'Server settings');
    return screen.findByRole('heading', { level: 1, name: 'Server' });
  };

  it('opens from the account menu and goes back to the portals', async () => {
    const { user } = renderSignedIn();
    await openFromMenu(user);
    expect(screen.getByText('In use:').textContent).toBe('In use: Embedded mock backend');

    await user.click(screen.getByRole('button', { name: 'Back to portals' }));

    expect(await screen.findByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });

  it('asks first, since switching signs out; Cancel changes nothing', async () => {
    const { bridge, user } = renderSignedIn();
    await openFromMenu(user);
    await user.type(addressField(), 'https://id.example.org');

    await user.click(screen.getByRole('button', { name: 'Use this server' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Switch servers?' });
    expect(within(dialog).getByText('Switching servers signs you out.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('server.set')).toHaveLength(0);
    expect(addressField().value).toBe('https://id.example.org');
  });

  it('switches after confirming: sign-in shows, then the header badge names the new server', async () => {
    let session = signedIn();
    const bridge = new FakeBridge().respond('session.get', () => ok(session));
    const { user } = renderApp(bridge);
    await openFromMenu(user);
    await user.type(addressField(), 'https://id.example.org');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    session = { status: 'signed_out', reason: 'signed_out' };

    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Switch and sign out' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(bridge.callsTo('server.set')).toEqual([{ channel: 'server.set', request: { url: 'https://id.example.org' } }]);
    expect(within(footer()).getByText('Server: https://id.example.org')).toBeTruthy();
    // Signing out to switch needs no "your session ended" notice.
    expect(screen.queryByRole('status')).toBeNull();

    await signInAs(user);
    expect(await screen.findByText('Server: id.example.org')).toBeTruthy();
    expect(screen.queryByText('Mock backend')).toBeNull();
  });

  it('shows a failed switch in the confirmation and stays signed in', async () => {
    const { user } = renderSignedIn(new FakeBridge().respond('server.set', () => failure('internal')));
    await openFromMenu(user);
    await user.type(addressField(), 'https://id.example.org');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    const dialog = screen.getByRole('alertdialog');

    await user.click(within(dialog).getByRole('button', { name: 'Switch and sign out' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Could not switch servers. Something went wrong in the app. Nothing was changed. Please try again.',
    );
    expect(screen.getByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(addressField().value).toBe('https://id.example.org');
  });

  it('shows the server in use in the address field, and says so instead of switching to it again', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok(appInfoFor('https://id.example.com')));
    const { user } = renderSignedIn(bridge);
    await openFromMenu(user);
    expect(addressField().value).toBe('https://id.example.com');

    await user.clear(addressField());
    await user.type(addressField(), 'https://ID.example.com/');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));

    expect(screen.getByRole('status').textContent).toBe('You are already using this server.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.callsTo('server.set')).toHaveLength(0);
    // Another address takes the note away and switches as usual.
    await user.type(addressField(), 'id');
    expect(screen.queryByText('You are already using this server.')).toBeNull();
  });

  it('leaves the address field empty with the embedded mock in use', async () => {
    const { user } = renderSignedIn();
    await openFromMenu(user);

    expect(addressField().value).toBe('');
  });

  it('offers the embedded mock when on a server, also behind the confirmation', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok(appInfoFor('https://id.example.com')));
    const { user } = renderSignedIn(bridge);
    await openFromMenu(user);

    await user.click(screen.getByRole('button', { name: 'Use the embedded mock backend' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Switch and sign out' }));

    await findSignInHeading();
    expect(bridge.callsTo('server.set')).toEqual([{ channel: 'server.set', request: { url: null } }]);
    expect(within(footer()).getByText('Embedded mock backend')).toBeTruthy();
    expect(within(footer()).getByRole('button', { name: 'Mock inbox' })).toBeTruthy();
  });
});
