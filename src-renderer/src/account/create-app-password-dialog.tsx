import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewAppPassword } from '../../../src-preload/contract.ts';
import { DialogFrame } from '../components/dialog-frame.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useAppPasswordsStore } from '../stores/app-passwords-store.ts';
import { copyText } from './copy-text.ts';
import { fieldErrorsOf } from './field-errors.ts';

interface CreateAppPasswordDialogProps {
  onClose(): void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Name → Create → the new password, shown this once with Copy. The password lives in this
 * dialog's state only and is gone when it closes.
 */
export function CreateAppPasswordDialog({ onClose }: CreateAppPasswordDialogProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const creating = useAppPasswordsStore((state) => state.creating);
  const create = useAppPasswordsStore((state) => state.create);
  const titleId = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [made, setMade] = useState<NewAppPassword | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const nameRef = useRef<HTMLInputElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);

  // The password replaces the form: the focus goes to Copy, the next thing to do.
  useEffect(() => {
    if (made) copyRef.current?.focus();
  }, [made]);

  const nameMessage = (code: string) =>
    code === 'required' || code === 'too_long' || code === 'invalid' ? t(`appPasswords.nameErrors.${code}`) : t('common.invalid');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    setFormError(null);
    if (name.trim() === '') {
      setNameError(t('appPasswords.nameErrors.required'));
      nameRef.current?.focus();
      return;
    }
    const result = await create(name);
    if (!result) return;
    if (result.ok) {
      setMade(result.value);
      return;
    }
    const fields = fieldErrorsOf(result.error, { name: ['name'] });
    if (fields.name) {
      setNameError(nameMessage(fields.name));
      nameRef.current?.focus();
    } else {
      setFormError(`${t('appPasswords.createFailed')} ${describeError(result.error)}`);
    }
  };

  const copyPassword = async (password: string) => setCopy((await copyText(password)) ? 'copied' : 'failed');

  return (
    <DialogFrame labelledBy={titleId} busy={creating} initialFocus={nameRef} onEscape={() => !creating && onClose()}>
      {made ? (
        <>
          <h2 id={titleId}>{t('appPasswords.shownTitle')}</h2>
          <p>{t('appPasswords.shownText', { name: made.appPassword.name })}</p>
          <div className="field">
            <label htmlFor={`${titleId}-password`}>{t('appPasswords.passwordLabel')}</label>
            <input
              id={`${titleId}-password`}
              className="app-password-secret"
              value={made.password}
              readOnly
              spellCheck={false}
              autoComplete="off"
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <p className="notice">{t('appPasswords.notAgain')}</p>
          <p role="status" className="muted">
            {copy === 'copied' ? t('appPasswords.copied') : copy === 'failed' ? t('appPasswords.copyFailed') : ''}
          </p>
          <div className="dialog-actions">
            <button ref={copyRef} type="button" className="button-secondary" onClick={() => void copyPassword(made.password)}>
              {t('appPasswords.copy')}
            </button>
            <button type="button" className="button-primary" onClick={onClose}>
              {t('appPasswords.done')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" noValidate aria-labelledby={titleId} aria-busy={creating} onSubmit={(event) => void onSubmit(event)}>
          <h2 id={titleId}>{t('appPasswords.dialogTitle')}</h2>
          {formError && (
            <p className="notice notice-error" role="alert">
              {formError}
            </p>
          )}
          <TextField
            ref={nameRef}
            label={t('appPasswords.nameLabel')}
            name="app-password-name"
            autoComplete="off"
            hint={t('appPasswords.nameHint')}
            value={name}
            onChange={(value) => {
              setName(value);
              setNameError(undefined);
            }}
            error={nameError}
          />
          <div className="dialog-actions">
            <button type="button" className="button-secondary" disabled={creating} onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button-primary" disabled={creating}>
              {creating ? t('appPasswords.creating') : t('appPasswords.submit')}
            </button>
          </div>
        </form>
      )}
    </DialogFrame>
  );
}
