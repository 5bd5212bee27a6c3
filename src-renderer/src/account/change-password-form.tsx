import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { usePasswordChangeStore } from '../stores/password-change-store.ts';
import { fieldErrorsOf } from './field-errors.ts';
import { FormActions } from './form-actions.tsx';
import { NewPasswordFields, useNewPasswordForm, useNewPasswordMessage, type NewPasswordFormErrors } from './new-password-fields.tsx';
import { loginFragments } from './password-rules.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';
import { FailureNotice, type Failure } from './failure-notice.tsx';

interface ChangePasswordFormProps {
  profile: Profile;
  onChanged(): void;
  onCancel(): void;
  onForgotPassword(): void;
}

type Errors = NewPasswordFormErrors<'current'>;

/** Current password, new password (checked live against the policy) and its repetition. */
export function ChangePasswordForm({ profile, onChanged, onCancel, onForgotPassword }: ChangePasswordFormProps) {
  const { t } = useTranslation('account');
  const newPasswordMessage = useNewPasswordMessage();
  const busy = usePasswordChangeStore((state) => state.busy);
  const changePassword = usePasswordChangeStore((state) => state.changePassword);
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [formError, setFormError] = useState<Failure | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);
  const password = useNewPasswordForm<'current'>({ current, logins: loginFragments(profile.email, profile.phone) });
  const { errors, setErrors, clearError } = password;

  useEffect(() => currentRef.current?.focus(), []);

  const focusFirst = (next: Errors) => {
    if (next.current) focusWhenIdle(currentRef);
    else focusWhenIdle(password.invalidRef(next) ?? submitRef);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clientErrors: Errors = { ...password.validate() };
    if (current === '') clientErrors.current = t('password.currentRequired');
    const invalid = Object.values(clientErrors).some(Boolean);
    setErrors(clientErrors);
    setFormError(null);
    if (invalid) {
      focusFirst(clientErrors);
      return;
    }

    const error = await changePassword(current, password.newPassword);
    if (!error) {
      onChanged();
      return;
    }
    const fields = fieldErrorsOf(error, {
      current: ['currentPassword'],
      newPassword: ['newPassword'],
    });
    const serverErrors: Errors = {};
    if (error.code === 'wrong_password') serverErrors.current = t('login.wrongPassword');
    else if (fields.current) serverErrors.current = fields.current === 'required' ? t('password.currentRequired') : t('common.invalid');
    if (fields.newPassword) serverErrors.newPassword = newPasswordMessage(fields.newPassword);
    setErrors(serverErrors);
    setFormError(Object.values(serverErrors).some(Boolean) ? null : { prefix: t('password.failed'), error });
    focusFirst(serverErrors);
  };

  return (
    <form className="inline-form" noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t('password.formHeading')}</h3>
      {formError && <FailureNotice failure={formError} />}
      {/* Lets the browser's password manager match the account. */}
      <input type="text" name="username" autoComplete="username" value={profile.email ?? profile.phone ?? ''} readOnly hidden />
      <TextField
        ref={currentRef}
        label={t('password.current')}
        name="current-password"
        autoComplete="current-password"
        password
        revealLabel={t('password.showCurrent')}
        value={current}
        onChange={(value) => {
          setCurrent(value);
          clearError('current');
        }}
        error={errors.current}
      />
      <NewPasswordFields {...password.fieldProps} />
      <FormActions submitRef={submitRef} busy={busy} onCancel={onCancel} onForgotPassword={onForgotPassword} />
    </form>
  );
}
