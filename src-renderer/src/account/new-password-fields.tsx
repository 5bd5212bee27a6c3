import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorCode } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { usePasswordPolicyStore } from '../stores/password-policy-store.ts';
import { PasswordChecklist } from './password-checklist.tsx';
import { checkPassword, type RuleCheck } from './password-rules.ts';

export interface NewPasswordErrors {
  newPassword?: string | undefined;
  repeat?: string | undefined;
}

interface NewPasswordFieldsProps {
  newPassword: string;
  repeat: string;
  onNewPassword(value: string): void;
  onRepeat(value: string): void;
  errors: NewPasswordErrors;
  checks: RuleCheck[];
  newRef?: Ref<HTMLInputElement>;
  repeatRef?: Ref<HTMLInputElement>;
}

/** A form's field errors: the new password's two and those of the form's `Field`s. */
export type NewPasswordFormErrors<Field extends string> = Partial<Record<Field | keyof NewPasswordErrors, string>>;

/**
 * The new password and its repetition in a form with other fields (`Field`): what is typed, the
 * live checks against the policy (loaded on first use), the form's field errors (typing into a
 * field clears its error), the client check of the two, which of them to focus for an error, and
 * the props of `NewPasswordFields`.
 */
export function useNewPasswordForm<Field extends string>(context: { current?: string | undefined; logins: string[] }) {
  const { t } = useTranslation('account');
  const policy = usePasswordPolicyStore((state) => state.policy.value);
  const loadPolicy = usePasswordPolicyStore((state) => state.loadPolicy);
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordFormErrors<Field>>({});
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadPolicy();
  }, [loadPolicy]);
  const checks = policy ? checkPassword(policy, newPassword, context) : [];

  const clearError = (field: Field | keyof NewPasswordErrors) => {
    if (errors[field]) setErrors((now) => ({ ...now, [field]: undefined }));
  };

  const fieldProps: NewPasswordFieldsProps = {
    newPassword,
    repeat,
    onNewPassword: (value) => {
      setNewPassword(value);
      clearError('newPassword');
    },
    onRepeat: (value) => {
      setRepeat(value);
      clearError('repeat');
    },
    errors,
    checks,
    newRef,
    repeatRef,
  };

  return {
    newPassword,
    errors,
    setErrors,
    clearError,
    /**
     * What is wrong with the two before anything is sent (empty, unmet policy items, a mismatch);
     * the form adds its own fields' errors.
     */
    validate: (): NewPasswordErrors => {
      const found: NewPasswordErrors = {};
      if (newPassword === '') found.newPassword = t('password.newRequired');
      else if (checks.some((check) => !check.met)) found.newPassword = t('password.unmet');
      if (repeat === '') found.repeat = t('password.repeatRequired');
      else if (newPassword !== '' && repeat !== newPassword) found.repeat = t('newPasswordErrors.mismatch');
      return found;
    },
    /** The first of the two with an error in `next`, or null. */
    invalidRef: (next: NewPasswordErrors) => (next.newPassword ? newRef : next.repeat ? repeatRef : null),
    fieldProps,
  };
}

/** The server's reason a new password was refused, in our words. */
export function useNewPasswordMessage() {
  const { t } = useTranslation('account');
  return (code: FieldErrorCode): string => {
    switch (code) {
      case 'required':
        return t('password.newRequired');
      case 'too_long':
        return t('common.tooLong');
      case 'too_short':
      case 'needs_upper':
      case 'needs_lower':
      case 'needs_digit':
      case 'same_as_current':
      case 'contains_login':
      case 'mismatch':
        return t(`newPasswordErrors.${code}`);
      default:
        return t('common.invalid');
    }
  };
}

/** "New password" with the live policy checklist and strength meter, then "Repeat new password". */
export function NewPasswordFields({ newPassword, repeat, onNewPassword, onRepeat, errors, checks, newRef, repeatRef }: NewPasswordFieldsProps) {
  const { t } = useTranslation('account');
  const policy = usePasswordPolicyStore((state) => state.policy);
  const reloadPolicy = usePasswordPolicyStore((state) => state.reloadPolicy);
  return (
    <>
      <TextField
        ref={newRef}
        label={t('password.new')}
        name="new-password"
        autoComplete="new-password"
        password
        revealLabel={t('password.showNew')}
        value={newPassword}
        onChange={onNewPassword}
        error={errors.newPassword}
      />
      <PasswordChecklist
        policy={policy.value}
        status={policy.status}
        error={policy.error}
        checks={checks}
        password={newPassword}
        onRetry={() => void reloadPolicy()}
      />
      <TextField
        ref={repeatRef}
        label={t('password.repeat')}
        name="repeat-password"
        autoComplete="new-password"
        password
        revealLabel={t('password.showRepeat')}
        value={repeat}
        onChange={onRepeat}
        error={errors.repeat}
      />
    </>
  );
}
