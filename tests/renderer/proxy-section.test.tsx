import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProxySettings, RequestOf } from '../../src-preload/contract.ts';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { ProxySection } from '../../src-renderer/src/settings/proxy-section.tsx';
import { failure, FakeBridge, ok } from './fake-bridge.ts';
import { descriptionOf } from './render-app.tsx';

const PROXY = 'http://proxy.example.com:3128';

/** A fake main that keeps the proxy settings as main would: never the user name or password. */
function renderSection(initial: ProxySettings = { mode: 'system', url: null, hasCredentials: false }) {
  let settings = initial;
  const bridge = new FakeBridge()
    .respond('proxy.get', () => ok(settings))
    .respond('proxy.set', (request: RequestOf<'proxy.set'>) => {
      settings =
        request.mode === 'system'
          ? { mode: 'system', url: null, hasCredentials: false }
          : {
              mode: 'manual',
              url: request.url,
              hasCredentials: request.credentials === undefined ? settings.hasCredentials : request.credentials !== null,
            };
      return ok(settings);
    })
    .respond('proxy.test', () => ok(null));
  setBitrixId(bridge.api);
  const user = userEvent.setup();
  render(<ProxySection />);
  return { bridge, user };
}

const addressField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Proxy address' });
const chooseManual = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(await screen.findByRole('radio', { name: 'Use a proxy server' }));

describe('the proxy section', () => {
  it('starts on the system settings and asks for nothing else', async () => {
    renderSection();

    expect(await screen.findByRole('radio', { name: 'Use the system proxy settings' })).toHaveProperty('checked', true);
    expect(screen.getByRole('heading', { level: 2, name: 'Proxy' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Proxy address' })).toBeNull();
  });

  it('says what to type when the address is not a proxy address, and sends nothing', async () => {
    const { bridge, user } = renderSection();
    await chooseManual(user);

    await user.type(addressField(), 'proxy.example.com:3128');

    expect(addressField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(addressField())).toContain(
      'Enter the address as http://host:port or https://host:port, for example http://proxy.example.com:3128.',
    );
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));
    expect(bridge.callsTo('proxy.set')).toEqual([]);
    expect(document.activeElement).toBe(addressField());

    await user.clear(addressField());
    await user.type(addressField(), 'http://j.doe:pw@proxy.example.com:3128');
    expect(descriptionOf(addressField())).toContain('Leave the user name and password out of the address');
  });

  it('saves a proxy with a user name and password, then shows only that they are saved', async () => {
    const { bridge, user } = renderSection();
    await chooseManual(user);

    await user.type(addressField(), PROXY);
    await user.type(screen.getByRole('textbox', { name: 'Proxy user name' }), 'j.doe');
    await user.type(screen.getByLabelText('Proxy password'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));

    expect(await screen.findByText('Proxy settings saved.')).toBeTruthy();
    expect(bridge.callsTo('proxy.set')).toEqual([
      { channel: 'proxy.set', request: { mode: 'manual', url: PROXY, credentials: { username: 'j.doe', password: 's3cret' } } },
    ]);
    // Write-only: no field holds them any more.
    expect(screen.getByText('A user name and password for the proxy are saved in the system keychain.')).toBeTruthy();
    expect(screen.queryByLabelText('Proxy password')).toBeNull();
    expect(screen.queryByDisplayValue('s3cret')).toBeNull();
  });

  it('asks for the password when only a user name is typed', async () => {
    const { bridge, user } = renderSection();
    await chooseManual(user);

    await user.type(addressField(), PROXY);
    await user.type(screen.getByRole('textbox', { name: 'Proxy user name' }), 'j.doe');
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));

    const password = screen.getByLabelText('Proxy password');
    expect(descriptionOf(password)).toContain('Enter the password for the proxy.');
    expect(document.activeElement).toBe(password);
    expect(bridge.callsTo('proxy.set')).toEqual([]);
  });

  it('keeps the saved credentials when only the address changes, and removes them when asked', async () => {
    const { bridge, user } = renderSection({ mode: 'manual', url: PROXY, hasCredentials: true });
    await screen.findByText('A user name and password for the proxy are saved in the system keychain.');

    await user.clear(addressField());
    await user.type(addressField(), 'https://proxy.example.com:8443');
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));
    await screen.findByText('Proxy settings saved.');

    await user.click(screen.getByRole('button', { name: 'Remove user name and password' }));
    expect(screen.getByText('The saved user name and password will be removed when you save.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));
    await screen.findByText('Proxy settings saved.');

    expect(bridge.callsTo('proxy.set').map((call) => call.request)).toEqual([
      { mode: 'manual', url: 'https://proxy.example.com:8443' },
      { mode: 'manual', url: 'https://proxy.example.com:8443', credentials: null },
    ]);
    expect(screen.getByRole('textbox', { name: 'Proxy user name' })).toBeTruthy();
  });

  it('replaces the saved credentials with new ones', async () => {
    const { bridge, user } = renderSection({ mode: 'manual', url: PROXY, hasCredentials: true });

    await user.click(await screen.findByRole('button', { name: 'Replace user name and password' }));
    await user.type(screen.getByRole('textbox', { name: 'Proxy user name' }), 'new.user');
    await user.type(screen.getByLabelText('Proxy password'), 'n3w');
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));
    await screen.findByText('Proxy settings saved.');

    expect(bridge.callsTo('proxy.set').map((call) => call.request)).toEqual([
      { mode: 'manual', url: PROXY, credentials: { username: 'new.user', password: 'n3w' } },
    ]);
  });

  it('says the settings were not saved when the keychain refuses', async () => {
    const { bridge, user } = renderSection();
    bridge.respond('proxy.set', () => failure('keychain_unavailable'));
    await chooseManual(user);

    await user.type(addressField(), PROXY);
    await user.type(screen.getByRole('textbox', { name: 'Proxy user name' }), 'j.doe');
    await user.type(screen.getByLabelText('Proxy password'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The proxy settings were not saved. The system keychain is unavailable.',
    );
    expect(screen.queryByText('Proxy settings saved.')).toBeNull();
  });

  it('tests the connection and says why it failed', async () => {
    const { bridge, user } = renderSection({ mode: 'manual', url: PROXY, hasCredentials: false });
    await screen.findByRole('radio', { name: 'Use a proxy server' });

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The server answered through the saved proxy settings.')).toBeTruthy();

    bridge.respond('proxy.test', () => failure('proxy_auth_required'));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The test failed. The proxy server asks for a user name and password, or did not accept the saved ones. Enter them in the proxy settings.',
    );
  });

  it('goes back to the system settings', async () => {
    const { bridge, user } = renderSection({ mode: 'manual', url: PROXY, hasCredentials: true });

    await user.click(await screen.findByRole('radio', { name: 'Use the system proxy settings' }));
    await user.click(screen.getByRole('button', { name: 'Save proxy settings' }));

    await screen.findByText('Proxy settings saved.');
    expect(bridge.callsTo('proxy.set').map((call) => call.request)).toEqual([{ mode: 'system' }]);
  });
});
