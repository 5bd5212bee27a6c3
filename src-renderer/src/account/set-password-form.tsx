import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useProofStore } from '../stores/proof-store.ts';
import { ConfirmIdentity } from './confirm-identity.tsx';
import { fieldErrorsOf } from './field-errors.ts';
import { NewPasswordFields, useNewPasswordForm, useNewPasswordMessage } from './new-password-fields.tsx';
import { loginFragments } from './password-rules.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

interface SetPasswordFormProps {
  profile: Profile;
  onDone(): void;
  onCancel(): void;
}

/** The first password of an account without one: "Confirm it's you" first, then the new password. */
export function SetPasswordForm({ profile, onDone, onCancel }: SetPasswordFormProps) {
  const { t } = useTranslation('account');
  const proved = useProofStore((state) => state.validUntil !== null);
  const headingId = useId();
  // Held here, so that what was typed survives going back to "Confirm it's you" (a proof that expired).
  const password = useNewPasswordForm<never>({ logins: loginFragments(profile.email, profile.phone) });
  // Here too: a refused proof says why over the step it sends the person back to.
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <div className="inline-form" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('proof.setHeading')}</h3>
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      {proved ? (
        <NewPasswordStep profile={profile} password={password} onFailed={setFormError} onDone={onDone} onCancel={onCancel} />
      ) : (
        <ConfirmIdentity profile={profile} onCancel={onCancel} />
      )}
    </div>
  );
}

interface NewPasswordStepProps extends SetPasswordFormProps {
  password: ReturnType<typeof useNewPasswordForm<never>>;
  /** Says why saving failed (null: clears it). */
  onFailed(message: string | null): void;
}

function NewPasswordStep({ profile, password, onFailed, onDone, onCancel }: NewPasswordStepProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const newPasswordMessage = useNewPasswordMessage();
  const busy = useProofStore((state) => state.busy);
  const setPassword = useProofStore((state) => state.setPassword);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);
  const { setErrors } = password;

  const formRef = useRef<HTMLFormElement>(null);
  // Proven just now: the choice that had the focus is gone, so the new password takes it.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[name="new-password"]')?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clientErrors = password.validate();
    setErrors(clientErrors);
    onFailed(null);
    const invalid = password.invalidRef(clientErrors);
    if (invalid) {
      focusWhenIdle(invalid);
      return;
    }
    const error = await setPassword(password.newPassword);
    if (!error) {
      onDone();
      return;
    }
    // What was typed stays; a refused proof sends the person back to "Confirm it's you".
    const fields = fieldErrorsOf(error, { newPassword: ['newPassword'] });
    if (fields.newPassword) {
      const serverErrors = { newPassword: newPasswordMessage(fields.newPassword) };
      setErrors(serverErrors);
      focusWhenIdle(password.invalidRef(serverErrors) ?? submitRef);
      return;
    }
    onFailed(`${t('proof.setFailed')} ${describeError(error)}`);
    focusWhenIdle(submitRef);
  };

  return (
    <form ref={formRef} noValidate aria-label={t('proof.setHeading')} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
      <p className="notice notice-success" role="status">
        {t('proof.proved')}
      </p>
      {/* Lets the browser's password manager match the account. */}
      <input type="text" name="username" autoComplete="username" value={profile.email ?? profile.phone ?? ''} readOnly hidden />
      <NewPasswordFields {...password.fieldProps} />
      <div className="form-actions">
        <button ref={submitRef} type="submit" className="button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
