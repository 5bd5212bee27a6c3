import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result, SessionState } from '../../src-preload/contract.ts';
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';
import { useSessionStore } from '../../src-renderer/src/stores/session-store.ts';
import { appCode, deferred, erinSocialProvider, failure, FakeBridge, recoveryCodesOf } from './fake-bridge.ts';
import { descriptionOf, findSignInHeading, renderApp, signInAs } from './render-app.tsx';

type User = ReturnType<typeof renderApp>['user'];

const erinPassword = 'Erin-Passw0rd!';
const findStep = () => screen.findByRole('heading', { level: 1, name: 'Two-step verification' });
const appCodeField = () => screen.getByLabelText<HTMLInputElement>('Code from your authenticator app');
const recoveryField = () => screen.getByLabelText<HTMLInputElement>('Recovery code');
const findErinSignedIn = () => screen.findByRole('button', { name: 'Erin Secure' });

async function passwordStep(user: User) {
  await findSignInHeading();
  await signInAs(user, 'erin@example.com', erinPassword);
  await findStep();
}

describe('two-step sign-in', () => {
  it('asks for the app’s code after the right password, and signs in with it (Enter submits)', async () => {
    const { bridge, user } = renderApp();
    await passwordStep(user);

    const field = appCodeField();
    expect(document.activeElement).toBe(field);
    expect(field.inputMode).toBe('numeric');
    expect(field.autocomplete).toBe('one-time-code');
    await user.type(field, `${appCode.slice(0, 3)} ${appCode.slice(3)}{Enter}`);

    expect(await findErinSignedIn()).toBeTruthy();
    // The password went once; the code as its 6 digits; neither is kept in the session's store.
    expect(bridge.callsTo('session.signIn')).toHaveLength(1);
    expect(bridge.callsTo('session.verifyTwoFactor').map((call) => call.request)).toEqual([{ code: appCode }]);
    const stored = JSON.stringify(useSessionStore.getState());
    expect(stored).not.toContain(appCode);
    expect(stored).not.toContain(erinPassword);
  });

  it('signs in with a recovery code instead, and the field switches back and forth', async () => {
    const { bridge, user } = renderApp();
    await passwordStep(user);
    await user.type(appCodeField(), '12');

    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    expect(document.activeElement).toBe(recoveryField());
    expect(screen.queryByLabelText('Code from your authenticator app')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use a code from your app instead' }));
    // What was typed for the app's code is still there.
    expect(appCodeField().value).toBe('12');
    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));

    const recoveryCode = recoveryCodesOf(1)[3] ?? '';
    await user.type(recoveryField(), recoveryCode);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await findErinSignedIn()).toBeTruthy();
    expect(bridge.callsTo('session.verifyTwoFactor').map((call) => call.request)).toEqual([{ code: recoveryCode }]);
  });

  it('says a wrong code is wrong with the tries left, keeps it, and shows the busy state meanwhile', async () => {
    const bridge = new FakeBridge();
    const { user } = renderApp(bridge);
    await passwordStep(user);
    const held = deferred<Result<SessionState>>();
    bridge.respond('session.verifyTwoFactor', () => held.promise);

    await user.type(appCodeField(), '111111{Enter}');
    const busy = screen.getByRole<HTMLButtonElement>('button', { name: 'Verifying…' });
    expect(busy.disabled).toBe(true);
    held.resolve(failure('invalid_code', { attemptsLeft: 4 }));

    expect(await screen.findByRole('button', { name: 'Verify' })).toBeTruthy();
    expect(descriptionOf(appCodeField())).toBe('Wrong code. 4 tries left.');
    expect(appCodeField().getAttribute('aria-invalid')).toBe('true');
    expect(appCodeField().value).toBe('111111');
    expect(document.activeElement).toBe(appCodeField());
    // Typing again clears the error.
    await user.type(appCodeField(), '{Backspace}');
    expect(appCodeField().getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the app’s code is 6 digits before sending it', async () => {
    const { bridge, user } = renderApp();
    await passwordStep(user);

    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(descriptionOf(appCodeField())).toBe('Enter the 6-digit code from your app.');
    await user.type(appCodeField(), '12345{Enter}');
    expect(descriptionOf(appCodeField())).toBe('The code from the app is 6 digits.');
    expect(bridge.callsTo('session.verifyTwoFactor')).toEqual([]);
  });

  it('goes back to the password form with the message when the sign-in has expired', async () => {
    const bridge = new FakeBridge().respond('session.verifyTwoFactor', () => failure('sign_in_expired'));
    const { user } = renderApp(bridge);
    await passwordStep(user);

    await user.type(appCodeField(), `${appCode}{Enter}`);

    await findSignInHeading();
    expect(screen.getByRole('alert').textContent).toBe('This sign-in has expired. Start again.');
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('erin@example.com');
    const password = screen.getByLabelText<HTMLInputElement>('Password');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
  });

  it('goes back on Back: main drops the challenge, the login is kept and the password asked for', async () => {
    const { bridge, user } = renderApp();
    await passwordStep(user);

    await user.click(screen.getByRole('button', { name: 'Back' }));

    await findSignInHeading();
    expect(bridge.callsTo('session.cancelTwoFactor')).toHaveLength(1);
    expect(bridge.twoFactorChallenge).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('erin@example.com');
    const password = screen.getByLabelText<HTMLInputElement>('Password');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
    // Not an error: nothing to explain.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for the code after a social sign-in of a two-step account too', async () => {
    const { bridge, user } = renderApp();
    await findSignInHeading();

    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await findStep();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(appCodeField(), `${appCode}{Enter}`);

    expect(await findErinSignedIn()).toBeTruthy();
    expect(bridge.callsTo('social.signIn').map((call) => call.request)).toEqual([{ provider: erinSocialProvider }]);
    expect(within(document.body).queryByText(/main says/)).toBeNull();
  });

  it('speaks Russian, tries left in the right plural form', async () => {
    localStorage.setItem('bitrix-id.language', 'ru');
    await act(async () => initI18n());
    expect(i18n.language).toBe('ru');
    const bridge = new FakeBridge().respond('session.verifyTwoFactor', () => failure('invalid_code', { attemptsLeft: 4 }));
    const { user } = renderApp(bridge);
    await screen.findByRole('heading', { name: 'Вход в Bitrix ID' });
    await user.type(screen.getByLabelText('Эл. почта или телефон'), 'erin@example.com');
    await user.type(screen.getByLabelText('Пароль'), erinPassword);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Двухэтапная проверка' })).toBeTruthy();
    const field = screen.getByLabelText('Код из приложения-аутентификатора');
    await user.type(field, '111111{Enter}');
    expect(await screen.findByText('Неверный код. Осталось 4 попытки.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Войти с кодом восстановления' })).toBeTruthy();
  });
});
