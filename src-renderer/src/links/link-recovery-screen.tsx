import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../account/field-errors.ts';
import { NewPasswordFields, useNewPasswordForm, useNewPasswordMessage } from '../account/new-password-fields.tsx';
import { loginFragments } from '../account/password-rules.ts';
import { useFocusWhenIdle } from '../account/use-focus-when-idle.ts';
import { call } from '../bridge/bitrix-id.ts';
import { SignedOutPage } from '../components/signed-out-page.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useSessionStore } from '../stores/session-store.ts';
import { useSignedOutViewStore } from '../stores/signed-out-view-store.ts';
import { useLinkStore } from './link-store.ts';
import '../account/account.css';

interface LinkRecoveryScreenProps {
  login: string;
}

/**
 * Sets a new password from a `bitrixid://recover` link the OS handed over. The checkword stays in
 * main; this screen asks only for the new password. Loaded lazily, like the other recovery screen.
 */
export default function LinkRecoveryScreen({ login }: LinkRecoveryScreenProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const newPasswordMessage = useNewPasswordMessage();
  const adopt = useSessionStore((state) => state.adopt);
  const showSignIn = useSignedOutViewStore((state) => state.showSignIn);
  const dismiss = useLinkStore((state) => state.dismiss);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const password = useNewPasswordForm<never>({ logins: loginFragments(login) });
  const focusAfter = useFocusWhenIdle(busy);

  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clientErrors = password.validate();
    password.setErrors(clientErrors);
    setFailure(null);
    if (Object.values(clientErrors).some(Boolean)) {
      focusAfter(password.invalidRef(clientErrors) ?? submitRef);
      return;
    }
    setBusy(true);
    const result = await call((api) => api.links.completeRecovery({ newPassword: password.newPassword }));
    setBusy(false);
    if (result.ok) {
      // Main has ended any session; sign-in says why, with this login filled in.
      showSignIn(login);
      adopt(result.value);
      useLinkStore.setState({ link: null });
      return;
    }
    const fields = fieldErrorsOf(result.error, { newPassword: ['newPassword'] });
    if (fields.newPassword) {
      const errors = { newPassword: newPasswordMessage(fields.newPassword) };
      password.setErrors(errors);
      focusAfter(password.invalidRef(errors) ?? submitRef);
      return;
    }
    const reason = result.error.code === 'invalid_checkword' ? t('linkRecovery.invalidLink') : describeError(result.error);
    setFailure(`${t('recovery.completeFailed')} ${reason}`);
    focusAfter(submitRef);
  };

  return (
    <SignedOutPage cardClassName="recovery-card" login={login}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('recovery.heading')}
      </h1>
      <p className="muted">{t('linkRecovery.intro', { login })}</p>
      <form className="stacked-form" noValidate aria-label={t('recovery.stepTwo')} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
        {/* Lets the browser's password manager match the account. */}
        <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
        <NewPasswordFields {...password.fieldProps} />
        <button ref={submitRef} type="submit" className="button-primary" disabled={busy}>
          {busy ? t('recovery.submitting') : t('recovery.submit')}
        </button>
        <button type="button" className="button-link" disabled={busy} onClick={() => void dismiss()}>
          {t('linkRecovery.cancel')}
        </button>
      </form>
    </SignedOutPage>
  );
}
