import { lazy, Suspense, useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, SocialProvider } from '../../../src-preload/contract.ts';
import { QrSignInButton, QrSignInView } from '../account/qr-sign-in-view.tsx';
import { useFocusWhenIdle } from '../account/use-focus-when-idle.ts';
import { useLiveError } from '../account/use-live-error.ts';
import { BrowserWait } from '../components/browser-wait.tsx';
import { SignedOutPage } from '../components/signed-out-page.tsx';
import { SocialSignIn } from '../components/social-sign-in.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { withNamespace } from '../i18n/i18n.ts';
import { useProviderName } from '../i18n/provider-name.ts';
import { useServerStore } from '../stores/server-store.ts';
import { useQrSignInStore } from '../stores/qr-sign-in-store.ts';
import { useSessionStore, type SocialSignInError } from '../stores/session-store.ts';
import { useSignedOutViewStore } from '../stores/signed-out-view-store.ts';
import { useSocialProvidersStore } from '../stores/social-providers-store.ts';
import { MAX_LOGIN_LENGTH, MAX_PASSWORD_LENGTH } from '../../../src-preload/field-limits.ts';
import appMark from '../../../build/icon.svg';

type Field = 'login' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

/** The contract's limits (signInRequest), checked here so obviously bad input is never sent. */
const maxLength: Record<Field, number> = { login: MAX_LOGIN_LENGTH, password: MAX_PASSWORD_LENGTH };
const fields: readonly Field[] = ['login', 'password'];
const isField = (name: string): name is Field => (fields as readonly string[]).includes(name);

// The second step of a two-step sign-in, with its strings, is fetched when an account asks for it.
const TwoStepSignIn = lazy(() => withNamespace('account', import('../account/two-step-sign-in.tsx')));

export function SignInScreen() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const providerName = useProviderName();
  const session = useSessionStore((state) => state.session);
  const busy = useSessionStore((state) => state.signInBusy);
  const signInError = useSessionStore((state) => state.signInError);
  const restoring = useSessionStore((state) => state.restoring);
  const signIn = useSessionStore((state) => state.signIn);
  const clearSignInError = useSessionStore((state) => state.clearSignInError);
  const retryRestore = useSessionStore((state) => state.retryRestore);
  const showRecovery = useSignedOutViewStore((state) => state.showRecovery);
  const loginHint = useSignedOutViewStore((state) => state.loginHint);
  const appInfo = useServerStore((state) => state.appInfo);
  const socialProviders = useSocialProvidersStore((state) => state.providers);
  const loadSocialProviders = useSocialProvidersStore((state) => state.load);
  const socialSignIn = useSessionStore((state) => state.socialSignIn);
  const socialSignInError = useSessionStore((state) => state.socialSignInError);
  const signInWithSocial = useSessionStore((state) => state.signInWithSocial);
  const cancelSocialSignIn = useSessionStore((state) => state.cancelSocialSignIn);
  const twoStep = useSessionStore((state) => state.twoStep !== null);
  const qrOpen = useQrSignInStore((state) => state.view.phase !== 'closed');

  // Prefilled with the login used on the recovery screen, if the person comes back from there. Until
  // the person edits the field it follows the hint: after a password reset, main's session event and
  // the reset's answer arrive in either order, and the hint may be set after this screen is shown.
  // Otherwise it is the login of the last person who signed in on this device (main remembers it).
  const [typedLogin, setTypedLogin] = useState<string | null>(null);
  const lastLogin = session?.status === 'signed_out' ? (session.lastLogin ?? '') : '';
  const login = typedLogin ?? (loginHint || lastLogin);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const headingId = useId();
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const targets = { login: loginRef, password: passwordRef, submit: submitRef };
  // The submit button is disabled while busy, so focus is moved only after it is enabled again.
  const focusWhenIdle = useFocusWhenIdle(busy);
  // A wait the server asked for counts down, and its alert goes when the wait is over; "Sign in"
  // stays pressable meanwhile, since the server, not this count, decides when it lets the person in.
  const { error: liveSignInError } = useLiveError(signInError);
  const [socialFocus, setSocialFocus] = useState<{ id: string } | null>(null);
  const backendUrl = appInfo?.backend.url;

  // The services are the server's: asked for on arrival, after a failure too, and again for another server.
  useEffect(() => {
    void loadSocialProviders();
  }, [loadSocialProviders, backendUrl]);

  // On arrival the first field to fill has the focus: the password when the login is already known.
  const focusFirstEmpty = useEffectEvent(() => (login === '' ? loginRef : passwordRef).current?.focus());
  useEffect(() => focusFirstEmpty(), []);

  const fieldMessage = (field: Field, code: string): string => {
    if (code === 'required') return field === 'login' ? t('signIn.loginRequired') : t('signIn.passwordRequired');
    if (code === 'too_long') return t('signIn.tooLong');
    // Server texts are not in our catalogue; say which field, in words we control.
    return t('signIn.fieldInvalid');
  };

  const serverFieldErrors = (error: BridgeError): FieldErrors => {
    const mapped: FieldErrors = {};
    for (const [name, code] of Object.entries(error.fields ?? {})) {
      if (isField(name)) mapped[name] = fieldMessage(name, code);
    }
    return mapped;
  };

  const firstInvalid = (errors: FieldErrors): Field | undefined => fields.find((field) => errors[field]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmedLogin = login.trim();
    const values: Record<Field, string> = { login: trimmedLogin, password };
    const clientErrors: FieldErrors = {};
    for (const field of fields) {
      if (values[field] === '') clientErrors[field] = fieldMessage(field, 'required');
      else if (values[field].length > maxLength[field]) clientErrors[field] = fieldMessage(field, 'too_long');
    }
    setFieldErrors(clientErrors);
    const invalid = firstInvalid(clientErrors);
    if (invalid) {
      // What the server said about the last attempt does not stand beside what is wrong now.
      clearSignInError();
      targets[invalid].current?.focus();
      return;
    }
    setAttempted(true);
    const error = await signIn(trimmedLogin, password);
    // Right, and a second step follows: main holds the sign-in, so the password need not stay here.
    if (!error || error.code === 'two_factor_required') {
      setPassword('');
      return;
    }
    const serverErrors = serverFieldErrors(error);
    focusWhenIdle(targets[firstInvalid(serverErrors) ?? (error.code === 'invalid_credentials' ? 'password' : 'submit')]);
    // Always a new object, so React renders again and the focus moves.
    setFieldErrors(serverErrors);
  };

  // The form stays mounted (hidden) while the browser is open, so what was typed is still there after.
  const onSocial = async (provider: SocialProvider) => {
    setAttempted(true);
    setFieldErrors({});
    setSocialFocus(null);
    const error = await signInWithSocial(provider);
    // Cancelled or failed: back on the form, the focus where the person left it (a second step has its own).
    if (error && error.code !== 'two_factor_required') setSocialFocus({ id: provider.id });
  };

  const socialMessage = ({ provider, error }: SocialSignInError): string => {
    if (error.code === 'social_not_linked') return t('social.notLinked', { name: providerName(provider.id, provider.name) });
    // Main's wait for the browser ran out (five minutes).
    if (error.code === 'timeout') return t('social.timedOut');
    return describeError(error);
  };

  const editField = (field: Field, value: string) => {
    (field === 'login' ? setTypedLogin : setPassword)(value);
    if (fieldErrors[field]) setFieldErrors((errors) => ({ ...errors, [field]: undefined }));
    // The answer was about what was typed before; a wait the server asked for still stands.
    if (signInError?.code !== 'rate_limited') clearSignInError();
  };

  // Back from the second step (or it ended): the password form, with the login kept.
  const backFromSecondStep = () => {
    focusWhenIdle(login === '' ? loginRef : passwordRef);
    setFieldErrors({});
  };

  // An error that names our fields is shown next to them; anything else is a form-level alert.
  const formError =
    liveSignInError && Object.keys(serverFieldErrors(liveSignInError)).length === 0 ? describeError(liveSignInError) : null;
  // Signing out on purpose needs no explanation; every other ending does.
  const ended =
    !attempted && session?.status === 'signed_out' && session.reason !== undefined && session.reason !== 'signed_out'
      ? session.reason
      : null;
  const restoreError = !attempted && session?.status === 'signed_out' ? session.restoreError : undefined;
  const waiting = socialSignIn !== null;
  const providers = socialProviders.status === 'ready' ? socialProviders.list : [];

  if (twoStep) {
    return (
      <SignedOutPage login={login}>
        <Suspense fallback={<p className="muted" role="status">{t('app.loading')}</p>}>
          <TwoStepSignIn onLeave={backFromSecondStep} />
        </Suspense>
      </SignedOutPage>
    );
  }

  return (
    <SignedOutPage login={login}>
      <div className="sign-in-brand">
        <img className="app-mark" src={appMark} alt="" width={56} height={56} />
        <h1 id={headingId}>{t('signIn.heading')}</h1>
      </div>
      {/* The form's alert takes the introduction's place, so the fields and buttons stay where they are. */}
      {formError && !waiting && !qrOpen ? (
        <p className="notice notice-error sign-in-message" role="alert">
          {formError}
        </p>
      ) : (
        <p className="muted sign-in-message">{t('signIn.intro')}</p>
      )}

      {ended && (
        <p className="notice" role="status">
          {t(`signIn.ended.${ended}`)}
        </p>
      )}
      {restoreError && (
        <div className="notice notice-error" role="alert" aria-busy={restoring}>
          <p>
            <strong>{t('signIn.restoreFailed')}</strong> {describeError(restoreError)}
          </p>
          <button type="button" className="button-secondary" disabled={restoring} onClick={() => void retryRestore()}>
            {restoring ? t('signIn.retrying') : t('signIn.retry')}
          </button>
        </div>
      )}

      {socialSignInError && !waiting && (
        <p className="notice notice-error" role="alert">
          {socialMessage(socialSignInError)}
        </p>
      )}
      {socialSignIn && (
        <BrowserWait
          provider={socialSignIn.provider}
          cancelling={socialSignIn.cancelling}
          onCancel={() => void cancelSocialSignIn()}
          level={2}
        />
      )}

      {qrOpen && <QrSignInView />}

      <form
        className="sign-in-form"
        hidden={waiting || qrOpen}
        noValidate
        aria-labelledby={headingId}
        aria-busy={busy}
        onSubmit={(event) => void onSubmit(event)}
      >
        <TextField
          ref={loginRef}
          label={t('signIn.login')}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(value) => editField('login', value)}
          error={fieldErrors.login}
        />
        <TextField
          ref={passwordRef}
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          password
          value={password}
          onChange={(value) => editField('password', value)}
          error={fieldErrors.password}
        />
        <button ref={submitRef} type="submit" className="button-primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <button type="button" className="button-link" onClick={() => showRecovery(login)}>
          {t('signIn.forgot')}
        </button>
      </form>
      {/* Hidden, not an error, when the server's list cannot be loaded: the password form still works. */}
      {providers.length > 0 && !waiting && !qrOpen && (
        <SocialSignIn
          providers={providers}
          disabled={busy}
          onPick={(provider) => void onSocial(provider)}
          focusRequest={socialFocus}
        />
      )}
      {!waiting && !qrOpen && <QrSignInButton disabled={busy} />}
    </SignedOutPage>
  );
}
