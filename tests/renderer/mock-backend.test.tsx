import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockScenarios, Result } from '../../src-preload/contract.ts';
import { deferred, failure, FakeBridge, ok, serverAppInfo, type Deferred } from './fake-bridge.ts';
import { chooseFromAccountMenu, descriptionOf, findSignInHeading, renderApp, renderSignedIn } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

/** Opens the panel from the signed-out footer and waits for its scenarios. */
async function openFromFooter(user: User) {
  await findSignInHeading();
  await user.click(screen.getByRole('button', { name: 'Mock backend' }));
  const dialog = screen.getByRole('dialog', { name: 'Mock backend' });
  await within(dialog).findByRole('group', { name: 'Scenarios' });
  return dialog;
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name: new RegExp(`^${name}`) });

describe('mock backend panel', () => {
  it('is not offered with a real server, signed in or out', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok(serverAppInfo));
    const { user } = renderSignedIn(bridge);
    await screen.findByText('Server: id.example.com');
    await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));
    expect(screen.getByRole('menuitem', { name: 'Server settings' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Mock backend' })).toBeNull();
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    await findSignInHeading();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('button', { name: 'Server settings' })).toBeTruthy();
    expect(within(footer).queryByRole('button', { name: 'Mock backend' })).toBeNull();
    expect(bridge.callsTo('mock.scenarios')).toHaveLength(0);
  });

  it('lists the scenarios with their descriptions, the current one chosen', async () => {
    const { user } = renderApp();

    const dialog = await openFromFooter(user);

    expect(within(dialog).getByRole('heading', { level: 1, name: 'Mock backend' })).toBeTruthy();
    expect(within(dialog).getByText('Current scenario: default')).toBeTruthy();
    const radios = within(dialog).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((input) => input.value)).toEqual(['default', 'slow', 'rate-limited']);
    expect(radio('default').checked).toBe(true);
    expect(radio('slow').checked).toBe(false);
    expect(descriptionOf(radio('slow'))).toBe('Every answer takes three seconds.');
    expect(descriptionOf(radio('rate-limited'))).toBe('Sign-in and codes hit the rate limit at once.');
    expect(radio('default').closest('label')?.textContent).toBe('defaultCurrent');
  });

  it('applies the chosen scenario through main and shows it as current', async () => {
    const { bridge, user } = renderApp();
    const dialog = await openFromFooter(user);

    await user.click(radio('slow'));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(bridge.callsTo('mock.setScenario')).toEqual([{ channel: 'mock.setScenario', request: { name: 'slow' } }]);
    expect((await within(dialog).findByRole('status')).textContent).toBe('The “slow” scenario is now in use.');
    expect(within(dialog).getByText('Current scenario: slow')).toBeTruthy();
    expect(radio('slow').checked).toBe(true);
    expect(radio('slow').closest('label')?.textContent).toBe('slowCurrent');
  });

  it('is busy while applying and shows why it failed, keeping the choice', async () => {
    const answer: Deferred<Result<MockScenarios>> = deferred();
    const { user } = renderApp(new FakeBridge().respond('mock.setScenario', () => answer.promise));
    const dialog = await openFromFooter(user);
    await user.click(radio('rate-limited'));

    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Applying…' }).disabled).toBe(true);
    await act(async () => answer.resolve(failure('rate_limited', { retryAfterMs: 30_000 })));

    expect(within(dialog).getByRole('alert').textContent).toBe('Could not apply the scenario. Too many attempts. Try again in 30 seconds.');
    expect(within(dialog).getByText('Current scenario: default')).toBeTruthy();
    expect(radio('rate-limited').checked).toBe(true);
  });

  it('says so when the mock does not know a scenario', async () => {
    const { user } = renderApp(new FakeBridge().respond('mock.setScenario', () => failure('not_found')));
    const dialog = await openFromFooter(user);

    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Could not apply the scenario. The mock backend does not know this scenario.',
    );
  });

  it('shows a failed load with Try again', async () => {
    let attempts = 0;
    const bridge = new FakeBridge().respond('mock.scenarios', () =>
      ++attempts === 1 ? failure('forbidden') : ok({ current: 'default', available: [{ name: 'default', description: '' }] }),
    );
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));
    const dialog = screen.getByRole('dialog', { name: 'Mock backend' });

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Could not load the scenarios.');
    expect(alert.textContent).toContain('The mock backend’s tools are not available with this server.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await within(dialog).findByText('Current scenario: default')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('asks before resetting; Escape cancels the question only', async () => {
    const { bridge, user } = renderApp();
    const dialog = await openFromFooter(user);

    await user.click(within(dialog).getByRole('button', { name: 'Reset mock data' }));

    const confirm = screen.getByRole('alertdialog', { name: 'Reset the mock data?' });
    expect(within(confirm).getByText('All changes to the mock data are lost and you are signed out.')).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Mock backend' })).toBeTruthy();
    expect(bridge.callsTo('mock.reset')).toHaveLength(0);
  });

  it('keeps Tab inside the question while it is open over the panel', async () => {
    const { user } = renderApp();
    const dialog = await openFromFooter(user);
    await user.click(within(dialog).getByRole('button', { name: 'Reset mock data' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Reset the mock data?' });
    const cancel = within(confirm).getByRole('button', { name: 'Cancel' });
    const reset = within(confirm).getByRole('button', { name: 'Reset' });

    await user.tab();
    expect(document.activeElement).toBe(reset);
    await user.tab();
    expect(document.activeElement).toBe(cancel);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(reset);
    expect(screen.getByRole('dialog', { name: 'Mock backend' })).toBeTruthy();
  });

  it('resets after confirming and says so', async () => {
    const { bridge, user } = renderApp();
    bridge.scenario = 'slow';
    const dialog = await openFromFooter(user);
    expect(within(dialog).getByText('Current scenario: slow')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Reset mock data' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));

    expect(bridge.callsTo('mock.reset')).toHaveLength(1);
    expect((await within(dialog).findByRole('status')).textContent).toBe('The mock data was reset.');
    expect(within(dialog).getByText('Current scenario: default')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows a failed reset in the question', async () => {
    const { user } = renderApp(new FakeBridge().respond('mock.reset', () => failure('internal')));
    const dialog = await openFromFooter(user);
    await user.click(within(dialog).getByRole('button', { name: 'Reset mock data' }));
    const confirm = screen.getByRole('alertdialog');

    await user.click(within(confirm).getByRole('button', { name: 'Reset' }));

    expect((await within(confirm).findByRole('alert')).textContent).toBe(
      'Could not reset the mock data. Something went wrong in the app. Nothing was changed. Please try again.',
    );
  });

  it('closes with Escape and gives focus back to the footer', async () => {
    const { user } = renderApp();
    await openFromFooter(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mock backend' }));
  });
});

describe('mock backend panel, signed in', () => {
  const openFromMenu = async (user: User) => {
    await chooseFromAccountMenu(user, 'Mock backend');
    return screen.findByRole('heading', { level: 1, name: 'Mock backend' });
  };

  it('opens from the account menu and goes back to the portals', async () => {
    const { user } = renderSignedIn();
    const heading = await openFromMenu(user);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByText('Current scenario: default')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to portals' }));

    expect(await screen.findByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });

  it('signs out when the reset ends main’s session, even if no event says so', async () => {
    const bridge = new FakeBridge().respond('mock.reset', () => ok({ current: 'default', available: [] }));
    const { user } = renderSignedIn(bridge);
    await openFromMenu(user);
    await screen.findByText('Current scenario: default');

    await user.click(screen.getByRole('button', { name: 'Reset mock data' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));

    expect(await findSignInHeading()).toBeTruthy();
    expect(bridge.callsTo('mock.reset')).toHaveLength(1);
  });
});
