import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, FieldErrorCode, TwoFactorSetup } from '../../../src-preload/contract.ts';
import { MAX_PASSWORD_LENGTH } from '../../../src-preload/field-limits.ts';
import { DialogFrame } from '../components/dialog-frame.tsx';
import { QrCode } from '../components/qr-code.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useTwoFactorStore } from '../stores/two-factor-store.ts';
import { copyText } from './copy-text.ts';
import { fieldErrorsOf } from './field-errors.ts';
import { RecoveryCodesView } from './recovery-codes-view.tsx';
import { TwoFactorCodeField, useCodeMessages, useTwoFactorCode } from './two-factor-code-field.tsx';
import { inGroupsOfFour } from './two-factor-codes.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

/**
 * What the dialog does: turn two-step on; turn it off; make new recovery codes; set it up again on
 * a new phone (the old phone's code, or a recovery code, proves it is the person).
 */
export type TwoFactorFlow = 'enable' | 'disable' | 'newCodes' | 'phoneChanged';

/** The prove step's submit button, for each flow, idle and while it runs. */
const proveLabelKeys = {
  enable: { idle: 'twoStep.continue', busy: 'twoStep.checking' },
  phoneChanged: { idle: 'twoStep.continue', busy: 'twoStep.checking' },
  newCodes: { idle: 'twoStep.makeCodes', busy: 'twoStep.making' },
  disable: { idle: 'twoStep.disable', busy: 'twoStep.disabling' },
} as const satisfies Record<TwoFactorFlow, { idle: string; busy: string }>;

/** The person proves it is them; scans the new secret and confirms it; keeps the recovery codes. */
type Step = 'prove' | 'setup' | 'codes';

interface Errors {
  password?: string;
  code?: string;
  setupCode?: string;
}

interface TwoFactorDialogProps {
  flow: TwoFactorFlow;
  /** `changed`: two-step was turned on or off, or got new recovery codes. */
  onClose(changed: boolean): void;
}

/**
 * One of the Security section's actions, in steps. The secret and the recovery codes live in this
 * dialog's state only, and go when it closes. Nothing typed is lost on a failure.
 */
export function TwoFactorDialog({ flow, onClose }: TwoFactorDialogProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const codeMessages = useCodeMessages();
  const busy = useTwoFactorStore((state) => state.busy);
  const beginSetup = useTwoFactorStore((state) => state.beginSetup);
  const enable = useTwoFactorStore((state) => state.enable);
  const disable = useTwoFactorStore((state) => state.disable);
  const newRecoveryCodes = useTwoFactorStore((state) => state.newRecoveryCodes);
  const [step, setStep] = useState<Step>('prove');
  const [password, setPassword] = useState('');
  const proofCode = useTwoFactorCode();
  const setupCode = useTwoFactorCode();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [keyCopied, setKeyCopied] = useState<boolean | null>(null);
  const [changed, setChanged] = useState(false);
  const titleId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const setupCodeRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);
  // Turning on needs no code yet: there is no app to ask.
  const needsCode = flow !== 'enable';

  // Each step starts at its field (the codes view focuses its own heading).
  useEffect(() => {
    if (step === 'setup') setupCodeRef.current?.focus();
  }, [step]);

  const fieldMessage = (code: FieldErrorCode): string => (code === 'too_long' ? t('common.tooLong') : t('common.invalid'));

  /** Shows why main refused, next to the field it is about; the focus goes there. */
  const refused = (error: BridgeError, codeField: 'code' | 'setupCode') => {
    const fields = fieldErrorsOf(error, { password: ['currentPassword'], code: ['code'] });
    const next: Errors = {};
    if (error.code === 'wrong_password') next.password = describeError(error);
    else if (fields.password) next.password = fieldMessage(fields.password);
    if (error.code === 'invalid_code') next[codeField] = codeMessages.wrong(error);
    else if (fields.code) next[codeField] = fieldMessage(fields.code);
    setErrors(next);
    setFormError(next.password || next[codeField] ? null : describeError(error));
    const codeRefOf: RefObject<HTMLInputElement | null> = codeField === 'code' ? codeRef : setupCodeRef;
    focusWhenIdle(next.password ? passwordRef : next[codeField] ? codeRefOf : submitRef);
  };

  const showCodes = (made: string[]) => {
    setCodes(made);
    setChanged(true);
    setStep('codes');
  };

  const onProve = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const next: Errors = {};
    if (password === '') next.password = t('password.currentRequired');
    else if (password.length > MAX_PASSWORD_LENGTH) next.password = t('common.tooLong');
    const checked = needsCode ? proofCode.check() : null;
    if (checked && 'problem' in checked) next.code = codeMessages.problem(checked.problem);
    setErrors(next);
    setFormError(null);
    if (next.password || next.code) {
      (next.password ? passwordRef : codeRef).current?.focus();
      return;
    }
    const code = checked && 'code' in checked ? checked.code : '';
    const currentPassword = password;
    if (flow === 'enable' || flow === 'phoneChanged') {
      const result = await beginSetup(flow === 'enable' ? { currentPassword } : { currentPassword, code });
      if (!result) return;
      if (!result.ok) return refused(result.error, 'code');
      setPassword('');
      proofCode.clear();
      setSetup(result.value);
      setStep('setup');
    } else if (flow === 'newCodes') {
      const result = await newRecoveryCodes({ currentPassword, code });
      if (!result) return;
      if (!result.ok) return refused(result.error, 'code');
      setPassword('');
      proofCode.clear();
      showCodes(result.value.codes);
    } else {
      const result = await disable({ currentPassword, code });
      if (!result) return;
      if (!result.ok) return refused(result.error, 'code');
      onClose(true);
    }
  };

  const onEnable = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = setupCode.check();
    setFormError(null);
    if ('problem' in checked) {
      setErrors({ setupCode: codeMessages.problem(checked.problem) });
      setupCodeRef.current?.focus();
      return;
    }
    setErrors({});
    const result = await enable(checked.code);
    if (!result) return;
    if (result.ok) {
      setSetup(null);
      showCodes(result.value.codes);
      return;
    }
    if (result.error.code === 'code_expired') {
      // Main dropped the setup: its secret is no good any more, so the person starts again.
      setSetup(null);
      setupCode.clear();
      setKeyCopied(null);
      setStep('prove');
      setFormError(t('twoStep.setupExpired'));
      focusWhenIdle(passwordRef);
      return;
    }
    refused(result.error, 'setupCode');
  };

  const close = () => {
    if (!busy) onClose(changed);
  };

  const cancelButton = (
    <button type="button" className="button-secondary" disabled={busy} onClick={close}>
      {t('common.cancel')}
    </button>
  );

  const proveLabel = t(proveLabelKeys[flow][busy ? 'busy' : 'idle']);

  return (
    <DialogFrame labelledBy={titleId} busy={busy} initialFocus={passwordRef} onEscape={close}>
      <h2 id={titleId}>{t(`twoStep.dialog.${flow}`)}</h2>
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      {step === 'prove' && (
        <form className="dialog-form" noValidate aria-busy={busy} onSubmit={(event) => void onProve(event)}>
          <p className="muted">{needsCode ? t('twoStep.proveIntro') : t('twoStep.passwordIntro')}</p>
          {flow === 'newCodes' && <p>{t('twoStep.newCodesIntro')}</p>}
          <TextField
            ref={passwordRef}
            label={t('password.current')}
            name="current-password"
            autoComplete="current-password"
            password
            revealLabel={t('twoStep.showPassword')}
            value={password}
            onChange={(value) => {
              setPassword(value);
              setErrors((current) => ({ ...current, password: undefined }));
            }}
            error={errors.password}
          />
          {needsCode && (
            <TwoFactorCodeField
              ref={codeRef}
              code={proofCode}
              error={errors.code}
              onEdited={() => setErrors((current) => ({ ...current, code: undefined }))}
            />
          )}
          <div className="dialog-actions">
            {cancelButton}
            <button ref={submitRef} type="submit" className={flow === 'disable' ? 'button-danger' : 'button-primary'} disabled={busy}>
              {proveLabel}
            </button>
          </div>
        </form>
      )}
      {step === 'setup' && setup && (
        <form className="dialog-form" noValidate aria-busy={busy} onSubmit={(event) => void onEnable(event)}>
          <p>{t('twoStep.scan')}</p>
          <QrCode text={setup.otpauthUri} label={t('twoStep.qrLabel')} />
          <p>{t('twoStep.manual')}</p>
          <p className="two-factor-secret">
            <span className="visually-hidden">{t('twoStep.secret')}</span>
            <code>{inGroupsOfFour(setup.secret)}</code>{' '}
            <button
              type="button"
              className="button-secondary"
              onClick={() => void copyText(setup.secret).then(setKeyCopied)}
            >
              {t('twoStep.copyKey')}
            </button>
          </p>
          {keyCopied !== null && (
            <p className={keyCopied ? 'notice notice-success' : 'notice notice-error'} role="status">
              {keyCopied ? t('twoStep.keyCopied') : t('twoStep.copyFailed')}
            </p>
          )}
          <TwoFactorCodeField
            ref={setupCodeRef}
            code={setupCode}
            switchable={false}
            appLabel={t('twoStep.enterCode')}
            error={errors.setupCode}
            onEdited={() => setErrors({})}
          />
          <div className="dialog-actions">
            {cancelButton}
            <button ref={submitRef} type="submit" className="button-primary" disabled={busy}>
              {busy ? t('twoStep.enabling') : t('twoStep.enable')}
            </button>
          </div>
        </form>
      )}
      {step === 'codes' && codes && <RecoveryCodesView codes={codes} onDone={() => onClose(true)} />}
    </DialogFrame>
  );
}
