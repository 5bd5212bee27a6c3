import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store.ts';
import { TwoFactorCodeField, useCodeMessages, useTwoFactorCode } from './two-factor-code-field.tsx';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';
import { FailureNotice, type Failure } from './failure-notice.tsx';

interface TwoStepSignInProps {
  /**
   * Back to the password form: the person went back (main drops the challenge), or main ended it
   * (`sign_in_expired`, which the password form explains).
   */
  onLeave(): void;
}

/**
 * The second step of signing in to an account with two-step verification: a code from the
 * authenticator app, or a recovery code. The password is not asked again; what was typed stays
 * after a wrong code.
 */
export default function TwoStepSignIn({ onLeave }: TwoStepSignInProps) {
  const { t } = useTranslation('account');
  const messages = useCodeMessages();
  const busy = useSessionStore((state) => state.twoStep?.busy ?? false);
  const verify = useSessionStore((state) => state.verifyTwoFactor);
  const cancel = useSessionStore((state) => state.cancelTwoFactor);
  const code = useTwoFactorCode();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<Failure | null>(null);
  const headingId = useId();
  const introId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);

  // On arrival, and when the person switches to the other kind of code, the field is where they type.
  useEffect(() => fieldRef.current?.focus(), [code.kind]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = code.check();
    setFormError(null);
    if ('problem' in checked) {
      setFieldError(messages.problem(checked.problem));
      fieldRef.current?.focus();
      return;
    }
    const error = await verify(checked.code);
    if (!error) return;
    if (error.code === 'sign_in_expired') {
      onLeave();
      return;
    }
    if (error.code === 'invalid_code') setFieldError(messages.wrong(error));
    else setFormError({ error });
    focusWhenIdle(fieldRef);
  };

  const onEdited = () => {
    setFieldError(undefined);
    // The server's answer was about the code typed before; a wait it asked for still stands.
    if (formError?.error.code !== 'rate_limited') setFormError(null);
  };

  return (
    <form
      className="sign-in-form"
      noValidate
      aria-labelledby={headingId}
      aria-describedby={introId}
      aria-busy={busy}
      onSubmit={(event) => void onSubmit(event)}
    >
      <h1 id={headingId}>{t('twoStep.heading')}</h1>
      <p id={introId} className="muted">
        {code.kind === 'app' ? t('twoStep.intro') : t('twoStep.introRecovery')}
      </p>
      {formError && <FailureNotice failure={formError} />}
      <TwoFactorCodeField ref={fieldRef} code={code} error={fieldError} onEdited={onEdited} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('twoStep.verifying') : t('twoStep.verify')}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void cancel();
          onLeave();
        }}
      >
        {t('twoStep.back')}
      </button>
    </form>
  );
}
