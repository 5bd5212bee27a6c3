import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitRef: Ref<HTMLButtonElement>;
  busy: boolean;
  onCancel(): void;
  onForgotPassword(): void;
}

/** The row under an account form that asks for the current password: Save, Cancel and "Forgot password". */
export function FormActions({ submitRef, busy, onCancel, onForgotPassword }: FormActionsProps) {
  const { t } = useTranslation('account');
  return (
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
  );
}
