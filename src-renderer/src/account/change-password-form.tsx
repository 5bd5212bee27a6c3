import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useAccountStore } from '../stores/account-store.ts';
import { fieldErrorsOf } from './field-errors.ts';
import {
  NewPasswordFields,
  useNewPasswordMessage,
  usePasswordChecks,
  useValidateNewPassword,
  type NewPasswordErrors,
} from './new-password-fields.tsx';
import { loginFragments } from './password-rules.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

interface ChangePasswordFormProps {
  profile: Profile;
  onChanged(): void;
  onCancel(): void;
  onForgotPassword(): void;
}

interface Errors extends NewPasswordErrors {
  current?: string | undefined;
}

/** Current password, new password (checked live against the policy) and its repetition. */
export function ChangePasswordForm({ profile, onChanged, onCancel, onForgotPassword }: ChangePasswordFormProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const validate = useValidateNewPassword();
  const newPasswordMessage = useNewPasswordMessage();
  const busy = useAccountStore((state) => state.busy.changePassword);
  const changePassword = useAccountStore((state) => state.changePassword);
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);
  const { checks } = usePasswordChecks(newPassword, { current, logins: loginFragments(profile.email, profile.phone) });

  useEffect(() => currentRef.current?.focus(), []);

  const focusFirst = (next: Errors) => {
    if (next.current) focusWhenIdle(currentRef);
    else if (next.newPassword) focusWhenIdle(newRef);
    else if (next.repeat) focusWhenIdle(repeatRef);
    else focusWhenIdle(submitRef);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clientErrors: Errors = { ...validate(newPassword, repeat, checks) };
    if (current === '') clientErrors.current = t('password.currentRequired');
    const invalid = Object.values(clientErrors).some(Boolean);
    setErrors(clientErrors);
    setFormError(null);
    if (invalid) {
      focusFirst(clientErrors);
      return;
    }

    const error = await changePassword(current, newPassword);
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
    setFormError(Object.values(serverErrors).some(Boolean) ? null : `${t('password.failed')} ${describeError(error)}`);
    focusFirst(serverErrors);
  };

  const clearError = (field: keyof Errors) => {
    if (errors[field]) setErrors((now) => ({ ...now, [field]: undefined }));
  };

  return (
    <form className="inline-form" noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t('password.formHeading')}</h3>
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
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
      <NewPasswordFields
        newPassword={newPassword}
        repeat={repeat}
        onNewPassword={(value) => {
          setNewPassword(value);
          clearError('newPassword');
        }}
        onRepeat={(value) => {
          setRepeat(value);
          clearError('repeat');
        }}
        errors={errors}
        checks={checks}
        newRef={newRef}
        repeatRef={repeatRef}
      />
      <div className="form-actions">
        <button ref={submitRef} type="submit" className="button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="spacer" />
        <button type="button" className="button-link" onClick={onForgotPassword}>
          {t('common.forgot')}
        </button>
      </div>
    </form>
  );
}
