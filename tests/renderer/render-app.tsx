import { render, screen } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src-renderer/src/app.tsx';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { useAppPasswordsStore } from '../../src-renderer/src/stores/app-passwords-store.ts';
import { useDeviceSessionsStore } from '../../src-renderer/src/stores/device-sessions-store.ts';
import { useLogOutEverywhereStore } from '../../src-renderer/src/stores/log-out-everywhere-store.ts';
import { useLoginChangeStore } from '../../src-renderer/src/stores/login-change-store.ts';
import { usePasswordChangeStore } from '../../src-renderer/src/stores/password-change-store.ts';
import { usePasswordPolicyStore } from '../../src-renderer/src/stores/password-policy-store.ts';
import { useProfileStore } from '../../src-renderer/src/stores/profile-store.ts';
import { useSocialConnectionsStore } from '../../src-renderer/src/stores/social-connections-store.ts';
import { startStores } from '../../src-renderer/src/stores/start-up.ts';
import { useTwoFactorStore } from '../../src-renderer/src/stores/two-factor-store.ts';
import { FakeBridge, ok, signedIn } from './fake-bridge.ts';

/** Renders the whole app against a fake bridge, injected through the bridge module. */
export function renderApp(bridge = new FakeBridge()) {
  setBitrixId(bridge.api);
  // As main.tsx does before its first render.
  onTestFinished(startStores());
  const user = userEvent.setup();
  const view = render(<App />);
  return { bridge, user, ...view };
}

/** Waits for the sign-in screen after start-up. */
export const findSignInHeading = () => screen.findByRole('heading', { name: 'Sign in to Bitrix ID' });

/** Signs in through the form, as a person would. */
export async function signInAs(user: ReturnType<typeof userEvent.setup>, login = 'alice@example.com', password = 'correct horse') {
  await user.type(screen.getByLabelText('Email or phone'), login);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Starts the app with a session main restored from the keychain. */
export const renderSignedIn = (bridge = new FakeBridge()) => renderApp(bridge.respond('session.get', () => ok(signedIn())));

/** Chooses an item of Alice's account menu, as a person would. */
export async function chooseFromAccountMenu(user: ReturnType<typeof userEvent.setup>, item: string) {
  await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

/** Opens the profile from the account menu, as a person would, and waits for its heading. */
export async function openProfile(user: ReturnType<typeof userEvent.setup>) {
  await chooseFromAccountMenu(user, 'Profile and security');
  return screen.findByRole('heading', { level: 1, name: 'Alice Demo' });
}

/** A section of the profile, by its heading. */
export const region = (name: string) => screen.getByRole('region', { name });

/** The text of whatever describes a field (its hint and its error), in order. */
export const descriptionOf = (element: HTMLElement): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

/** Everything the account's stores hold, as text: to check that no password or code is kept there. */
export const accountStoresText = (): string =>
  JSON.stringify([
    useProfileStore.getState(),
    useDeviceSessionsStore.getState(),
    usePasswordPolicyStore.getState(),
    useLoginChangeStore.getState(),
    usePasswordChangeStore.getState(),
    useLogOutEverywhereStore.getState(),
    useSocialConnectionsStore.getState(),
    useAppPasswordsStore.getState(),
    useTwoFactorStore.getState(),
  ]);
