import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { fieldErrorsOf } from '../account/field-errors.ts';
import { NewPasswordFields, useNewPasswordForm, useNewPasswordMessage, type NewPasswordFormErrors } from '../account/new-password-fields.tsx';
import { loginFragments } from '../account/password-rules.ts';
import { useFocusWhenIdle } from '../account/use-focus-when-idle.ts';
import { useSecondsLeft } from '../account/use-seconds-left.ts';
import { call } from '../bridge/bitrix-id.ts';
import { SignedOutPage } from '../components/signed-out-page.tsx';
import { TextField } from '../components/text-field.tsx';
import { useSessionStore } from '../stores/session-store.ts';
import { useSignedOutViewStore } from '../stores/signed-out-view-store.ts';
import '../account/account.css';
import { MAX_LOGIN_LENGTH } from '../../../src-preload/field-limits.ts';
import { FailureNotice, type Failure } from '../account/failure-notice.tsx';

interface RecoveryScreenProps {
  /** `page` when signed out (a screen of its own); `embedded` inside the signed-in shell. */
  variant: 'page' | 'embedded';
  initialLogin: string;
  /** Back to sign-in (page) or to the profile (embedded), with the login as typed here. */
  onBack(login: string): void;
}

type CompleteErrors = NewPasswordFormErrors<'checkword'>;

/**
 * Password recovery. Step 1 asks for a checkword; the answer is the same whether or not the login
 * exists. Step 2 sets a new password with the checkword (or the whole link pasted in). State is
 * local: nothing here outlives the screen, and no password is kept anywhere else.
 */
export default function RecoveryScreen({ variant, initialLogin, onBack }: RecoveryScreenProps) {
  const { t } = useTranslation('account');
  const newPasswordMessage = useNewPasswordMessage();
  const adopt = useSessionStore((state) => state.adopt);
  const showSignIn = useSignedOutViewStore((state) => state.showSignIn);
  const setLoginHint = useSignedOutViewStore((state) => state.setLoginHint);
  const headingId = useId();
  const stepTwoId = useId();

  const [login, setLogin] = useState(initialLogin);
  const [loginError, setLoginError] = useState<string | undefined>();
  const [requestBusy, setRequestBusy] = useState(false);
  const [requestError, setRequestError] = useState<Failure | null>(null);
  /** The login a checkword was asked for; step 2 uses it. */
  const [requested, setRequested] = useState<string | null>(null);
  /** Whether to show the neutral "we have sent" message for `requested`. */
  const [sent, setSent] = useState(false);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const secondsLeft = useSecondsLeft(resendAt);

  const [checkword, setCheckword] = useState('');
  const [completeBusy, setCompleteBusy] = useState(false);
  const [completeError, setCompleteError] = useState<Failure | null>(null);
  const password = useNewPasswordForm<'checkword'>({ logins: loginFragments(requested ?? login) });
  const { errors, setErrors, clearError } = password;

  const headingRef = useRef<HTMLHeadingElement>(null);
  const loginRef = useRef<HTMLInputElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const checkwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusAfterRequest = useFocusWhenIdle(requestBusy);
  const focusAfterComplete = useFocusWhenIdle(completeBusy);

  useEffect(() => headingRef.current?.focus(), []);

  const loginMessage = (code: string) => (code === 'required' ? t('recovery.loginRequired') : code === 'too_long' ? t('common.tooLong') : t('common.invalid'));

  const onRequest = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (requestBusy || secondsLeft > 0) return;
    const trimmed = login.trim();
    const clientError = trimmed === '' ? loginMessage('required') : trimmed.length > MAX_LOGIN_LENGTH ? loginMessage('too_long') : undefined;
    setLoginError(clientError);
    setRequestError(null);
    if (clientError) {
      focusAfterRequest(loginRef);
      return;
    }
    setRequestBusy(true);
    const result = await call((api) => api.recovery.request({ login: trimmed }));
    setRequestBusy(false);
    if (result.ok) {
      setRequested(trimmed);
      setSent(true);
      setResendAt(Date.now() + result.value.retryAfterMs);
      focusAfterRequest(checkwordRef);
      return;
    }
    const error: BridgeError = result.error;
    if (error.code === 'rate_limited') {
      // A checkword was asked for recently: the person may well have it, so step 2 is offered.
      setRequested(trimmed);
      setSent(false);
      if (error.retryAfterMs !== undefined) setResendAt(Date.now() + error.retryAfterMs);
    }
    const fields = fieldErrorsOf(error, { login: ['login'] });
    if (fields.login) {
      setLoginError(loginMessage(fields.login));
      focusAfterRequest(loginRef);
    } else {
      setRequestError({ prefix: t('recovery.requestFailed'), error });
      focusAfterRequest(sendRef);
    }
  };

  const focusFirst = (next: CompleteErrors) => {
    if (next.checkword) focusAfterComplete(checkwordRef);
    else focusAfterComplete(password.invalidRef(next) ?? submitRef);
  };

  const onComplete = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (completeBusy || requested === null) return;
    const trimmed = checkword.trim();
    const clientErrors: CompleteErrors = { ...password.validate() };
    if (trimmed === '') clientErrors.checkword = t('recovery.checkwordRequired');
    setErrors(clientErrors);
    setCompleteError(null);
    if (Object.values(clientErrors).some(Boolean)) {
      focusFirst(clientErrors);
      return;
    }
    setCompleteBusy(true);
    // Main announces the ended session (`session.changed`) before or after this call answers, and the
    // event alone puts sign-in up: so the login it offers is set now, before either can arrive.
    const previousHint = useSignedOutViewStore.getState().loginHint;
    setLoginHint(requested);
    const result = await call((api) => api.recovery.complete({ login: requested, checkword: trimmed, newPassword: password.newPassword }));
    setCompleteBusy(false);
    if (result.ok) {
      // Main has ended any session here; sign-in says why and has the login filled in.
      showSignIn(requested);
      adopt(result.value);
      return;
    }
    // Still signed in (the embedded screen) and nothing changed: a later sign-out must not offer this
    // login, so the hint goes back to what it was, unless something else has set it since.
    const signedIn = useSessionStore.getState().session?.status === 'signed_in';
    if (signedIn && useSignedOutViewStore.getState().loginHint === requested) setLoginHint(previousHint);
    const error = result.error;
    const fields = fieldErrorsOf(error, { checkword: ['checkword'], newPassword: ['newPassword'], login: ['login'] });
    const serverErrors: CompleteErrors = {};
    if (error.code === 'invalid_checkword') serverErrors.checkword = t('recovery.invalidCheckword');
    else if (fields.checkword) serverErrors.checkword = fields.checkword === 'required' ? t('recovery.checkwordRequired') : t('recovery.invalidCheckword');
    if (fields.newPassword) serverErrors.newPassword = newPasswordMessage(fields.newPassword);
    if (fields.login) setLoginError(loginMessage(fields.login));
    setErrors(serverErrors);
    setCompleteError(Object.values(serverErrors).some(Boolean) || fields.login ? null : { prefix: t('recovery.completeFailed'), error });
    focusFirst(serverErrors);
  };

  const content = (
    <>
      <button type="button" className="button-link back-link" onClick={() => onBack(login)}>
        {variant === 'page' ? t('recovery.backToSignIn') : t('recovery.backToProfile')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('recovery.heading')}
      </h1>
      <p className="muted">{t('recovery.intro')}</p>

      <form className="stacked-form" noValidate aria-labelledby={headingId} aria-busy={requestBusy} onSubmit={(event) => void onRequest(event)}>
        <TextField
          ref={loginRef}
          label={t('recovery.login')}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(value) => {
            setLogin(value);
            setLoginError(undefined);
          }}
          error={loginError}
        />
        {requestError && <FailureNotice failure={requestError} />}
        <button ref={sendRef} type="submit" className={requested === null ? 'button-primary' : 'button-secondary'} disabled={requestBusy || secondsLeft > 0}>
          {requestBusy
            ? t('common.sending')
            : requested === null
              ? t('recovery.send')
              : secondsLeft > 0
                ? t('common.sendAgainIn', { seconds: secondsLeft })
                : t('common.sendAgain')}
        </button>
      </form>
      {sent && requested !== null && (
        <p className="notice" role="status">
          {t('recovery.sent', { login: requested })}
        </p>
      )}

      {requested !== null && (
        <form className="stacked-form" noValidate aria-labelledby={stepTwoId} aria-busy={completeBusy} onSubmit={(event) => void onComplete(event)}>
          <h2 id={stepTwoId}>{t('recovery.stepTwo')}</h2>
          {completeError && <FailureNotice failure={completeError} />}
          {/* Lets the browser's password manager match the account. */}
          <input type="text" name="username" autoComplete="username" value={requested} readOnly hidden />
          <TextField
            ref={checkwordRef}
            label={t('recovery.checkword')}
            hint={t('recovery.checkwordHint')}
            name="checkword"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            value={checkword}
            onChange={(value) => {
              setCheckword(value);
              clearError('checkword');
            }}
            error={errors.checkword}
          />
          <NewPasswordFields {...password.fieldProps} />
          <button ref={submitRef} type="submit" className="button-primary" disabled={completeBusy}>
            {completeBusy ? t('recovery.submitting') : t('recovery.submit')}
          </button>
        </form>
      )}
    </>
  );

  return variant === 'page' ? (
    <SignedOutPage cardClassName="recovery-card" login={login}>
      {content}
    </SignedOutPage>
  ) : (
    <section className="recovery" aria-labelledby={headingId}>
      {content}
    </section>
  );
}
