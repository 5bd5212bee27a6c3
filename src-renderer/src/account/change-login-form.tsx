import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorCode, LoginChannel, Profile } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { useLoginChangeStore } from '../stores/login-change-store.ts';
import { useProofStore } from '../stores/proof-store.ts';
import { ConfirmIdentity } from './confirm-identity.tsx';
import { fieldErrorsOf } from './field-errors.ts';
import { FormActions } from './form-actions.tsx';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';
import { MAX_LOGIN_LENGTH } from '../../../src-preload/field-limits.ts';
import { FailureNotice, type Failure } from './failure-notice.tsx';

type Field = 'value' | 'currentPassword';
type FieldErrors = Partial<Record<Field, string>>;

interface ChangeLoginFormProps {
  channel: LoginChannel;
  /** An account without a password proves it is the person instead of typing a current password. */
  profile: Profile;
  /** The change was started: the form closes and the pending notice takes its place. */
  onStarted(): void;
  onCancel(): void;
  onForgotPassword(): void;
}

/**
 * Starts an e-mail or phone change: the new login, the current password (or, for an account
 * without one, "Confirm it's you"), and whether portals follow.
 */
export function ChangeLoginForm({ channel, profile, onStarted, onCancel, onForgotPassword }: ChangeLoginFormProps) {
  const { t } = useTranslation('account');
  const busy = useLoginChangeStore((state) => state.busy.changeLogin);
  const changeLogin = useLoginChangeStore((state) => state.changeLogin);
  const headingId = useId();
  const formId = useId();
  const withProof = !profile.hasPassword;
  const proved = useProofStore((state) => state.validUntil !== null);
  const proofUsed = useProofStore((state) => state.proofUsed);
  const [value, setValue] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [updatePortals, setUpdatePortals] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<Failure | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);

  useEffect(() => valueRef.current?.focus(), []);

  const valueMessage = (code: FieldErrorCode): string => {
    switch (code) {
      case 'required':
        return t(`login.${channel}.required`);
      case 'too_long':
        return t('common.tooLong');
      case 'invalid_email':
        return t('login.email.invalidValue');
      case 'invalid_phone':
        return t('login.phone.invalidValue');
      case 'invalid':
        return t(`login.${channel}.invalidValue`);
      case 'same_as_current':
        return t(`login.${channel}.sameAsCurrent`);
      default:
        return t('common.invalid');
    }
  };

  const passwordMessage = (code: FieldErrorCode): string =>
    code === 'required' ? t('login.currentPasswordRequired') : code === 'too_long' ? t('common.tooLong') : t('common.invalid');

  const focusFirst = (next: FieldErrors) => {
    if (next.value) focusWhenIdle(valueRef);
    else if (next.currentPassword) focusWhenIdle(passwordRef);
    else focusWhenIdle(submitRef);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = value.trim();
    const clientErrors: FieldErrors = {};
    if (trimmed === '') clientErrors.value = valueMessage('required');
    else if (trimmed.length > MAX_LOGIN_LENGTH) clientErrors.value = valueMessage('too_long');
    if (!withProof && currentPassword === '') clientErrors.currentPassword = passwordMessage('required');
    setErrors(clientErrors);
    setFormError(withProof && !proved ? { error: { code: 'proof_required' } } : null);
    if (Object.keys(clientErrors).length > 0 || (withProof && !proved)) {
      focusFirst(clientErrors);
      return;
    }

    const error = await changeLogin({ channel, value: trimmed, updatePortals, ...(withProof ? {} : { currentPassword }) });
    // Main spends the proof on a change that went through, and drops one the server refused.
    if (withProof && (!error || error.code === 'proof_required')) proofUsed();
    if (!error) {
      onStarted();
      return;
    }
    // Whatever was typed stays; the reason goes next to the field it concerns.
    const serverErrors: FieldErrors = {};
    // Only this code's sentence is about the login itself; it comes from our catalogue, per channel.
    if (error.code === 'login_taken') serverErrors.value = t(`login.${channel}.taken`);
    if (error.code === 'wrong_password') serverErrors.currentPassword = t('login.wrongPassword');
    const fields = fieldErrorsOf(error, { value: ['value'], currentPassword: ['currentPassword'] });
    if (fields.value) serverErrors.value ??= valueMessage(fields.value);
    if (fields.currentPassword) serverErrors.currentPassword ??= passwordMessage(fields.currentPassword);
    setErrors(serverErrors);
    setFormError(Object.keys(serverErrors).length === 0 ? { prefix: t('login.startFailed'), error } : null);
    focusFirst(serverErrors);
  };

  const edit = (field: Field, next: string) => {
    (field === 'value' ? setValue : setCurrentPassword)(next);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
    // The server's answer was about what was typed before; a wait it asked for still stands.
    if (formError?.error.code !== 'rate_limited') setFormError(null);
  };

  const valueField = (
    <TextField
      ref={valueRef}
      label={t(`login.${channel}.newValue`)}
      type={channel === 'email' ? 'email' : 'tel'}
      name={channel}
      autoComplete={channel === 'email' ? 'email' : 'tel'}
      autoCapitalize="none"
      spellCheck={false}
      value={value}
      onChange={(next) => edit('value', next)}
      error={errors.value}
    />
  );
  const portalsChoice = (
    <label className="checkbox">
      <input type="checkbox" checked={updatePortals} onChange={(event) => setUpdatePortals(event.target.checked)} />
      <span>{t('login.updatePortals')}</span>
    </label>
  );

  if (withProof) {
    // The proof's own steps are forms of their own, so they sit beside this one, not in it.
    return (
      <div className="inline-form" role="group" aria-labelledby={headingId}>
        <h3 id={headingId}>{t(`login.${channel}.formHeading`)}</h3>
        <form id={formId} noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
          {formError && <FailureNotice failure={formError} />}
          {valueField}
          {portalsChoice}
        </form>
        {proved ? (
          <p className="notice notice-success" role="status">
            {t('proof.provedForLogin')}
          </p>
        ) : (
          <ConfirmIdentity profile={profile} />
        )}
        <div className="form-actions">
          <button ref={submitRef} type="submit" form={formId} className="button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="inline-form" noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t(`login.${channel}.formHeading`)}</h3>
      {formError && <FailureNotice failure={formError} />}
      {valueField}
      <TextField
        ref={passwordRef}
        label={t('login.currentPassword')}
        name="current-password"
        autoComplete="current-password"
        password
        revealLabel={t('login.showCurrentPassword')}
        value={currentPassword}
        onChange={(next) => edit('currentPassword', next)}
        error={errors.currentPassword}
      />
      {portalsChoice}
      <FormActions submitRef={submitRef} busy={busy} onCancel={onCancel} onForgotPassword={onForgotPassword} />
    </form>
  );
}
