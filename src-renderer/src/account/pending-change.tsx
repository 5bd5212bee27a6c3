import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, PendingLoginChange } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useLoginChangeStore } from '../stores/login-change-store.ts';
import { FailureNotice, type Failure } from './failure-notice.tsx';
import { fieldErrorsOf } from './field-errors.ts';
import { formatLogin } from './phone.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';
import { parseTime, useSecondsLeft } from './use-seconds-left.ts';

interface PendingChangeProps {
  pending: PendingLoginChange;
  /** Move focus to the confirmation field on mount (right after the change was started). */
  focusField: boolean;
  /** The change was confirmed or cancelled: this notice is about to go away. */
  onFinished(): void;
}

/**
 * A login change waiting for its link (e-mail) or SMS code: paste or type it to confirm, send it
 * again once allowed, or cancel. The old login stays in force until then.
 */
export function PendingChange({ pending, focusField, onFinished }: PendingChangeProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const confirmBusy = useLoginChangeStore((state) => state.busy.confirmLoginChange);
  const resendBusy = useLoginChangeStore((state) => state.busy.resendLoginChange);
  const cancelBusy = useLoginChangeStore((state) => state.busy.cancelLoginChange);
  const confirmLoginChange = useLoginChangeStore((state) => state.confirmLoginChange);
  const resendLoginChange = useLoginChangeStore((state) => state.resendLoginChange);
  const cancelLoginChange = useLoginChangeStore((state) => state.cancelLoginChange);
  const noticeId = useId();
  const [confirmation, setConfirmation] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [actionError, setActionError] = useState<Failure | null>(null);
  /** A refused "Send again" (rate limited) can push the wait past the server's `resendAvailableAt`. */
  const [blockedUntil, setBlockedUntil] = useState(0);
  const fieldRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const focusWhenIdle = useFocusWhenIdle(confirmBusy);
  const secondsLeft = useSecondsLeft(Math.max(parseTime(pending.resendAvailableAt), blockedUntil));
  const { channel } = pending;

  useEffect(() => {
    if (focusField) fieldRef.current?.focus();
  }, [focusField]);

  const failed = (prefix: string, error: BridgeError) => {
    // `code_expired` ends the pending change; the section says so once this notice is gone.
    if (error.code !== 'code_expired') setActionError({ prefix, error });
  };

  const onConfirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirmBusy) return;
    setActionError(null);
    const trimmed = confirmation.trim();
    const problem =
      trimmed === ''
        ? channel === 'phone'
          ? t('login.smsCodeRequired')
          : t('login.confirmationRequired')
        : channel === 'phone' && !/^\d+$/.test(trimmed)
          ? t('login.smsCodeDigits')
          : null;
    if (problem) {
      setFieldError(problem);
      focusWhenIdle(fieldRef);
      return;
    }
    const error = await confirmLoginChange(trimmed);
    if (!error) {
      onFinished();
      return;
    }
    const fields = fieldErrorsOf(error, { confirmation: ['confirmation', 'code', 'token'] });
    if (error.code === 'invalid_code') {
      const attempts = error.attemptsLeft;
      setFieldError(
        attempts === undefined
          ? describeError(error)
          : attempts === 1
            ? t('login.wrongCodeOne')
            : t('login.wrongCode', { attempts }),
      );
      focusWhenIdle(fieldRef);
    } else if (fields.confirmation) {
      setFieldError(
        fields.confirmation === 'required'
          ? t(channel === 'phone' ? 'login.smsCodeRequired' : 'login.confirmationRequired')
          : fields.confirmation === 'too_long'
            ? t('common.tooLong')
            : t('common.invalid'),
      );
      focusWhenIdle(fieldRef);
    } else {
      setFieldError(undefined);
      failed(t('login.confirmFailed'), error);
      focusWhenIdle(confirmRef);
    }
  };

  const onResend = async () => {
    setActionError(null);
    const error = await resendLoginChange();
    // A new code starts afresh: what was said about the old one (attempts left) no longer holds.
    if (!error) {
      setFieldError(undefined);
      return;
    }
    if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) setBlockedUntil(Date.now() + error.retryAfterMs);
    failed(t('login.resendFailed'), error);
  };

  const onCancel = async () => {
    setActionError(null);
    const error = await cancelLoginChange();
    if (!error) onFinished();
    else failed(t('login.cancelFailed'), error);
  };

  return (
    <div className="pending-change" role="group" aria-labelledby={noticeId}>
      <p id={noticeId} className="notice">
        {t(`login.${channel}.pending`, { target: formatLogin(channel, pending.target) })}
      </p>
      <form className="confirm-form" noValidate aria-labelledby={noticeId} aria-busy={confirmBusy} onSubmit={(event) => void onConfirm(event)}>
        <TextField
          ref={fieldRef}
          label={t(`login.${channel}.confirmation`)}
          hint={t(`login.${channel}.confirmationHint`)}
          name="confirmation"
          inputMode={channel === 'phone' ? 'numeric' : undefined}
          autoComplete={channel === 'phone' ? 'one-time-code' : 'off'}
          autoCapitalize="none"
          spellCheck={false}
          value={confirmation}
          onChange={(next) => {
            setConfirmation(next);
            setFieldError(undefined);
          }}
          error={fieldError}
        />
        {actionError && <FailureNotice failure={actionError} />}
        <div className="form-actions">
          <button ref={confirmRef} type="submit" className="button-primary" disabled={confirmBusy}>
            {confirmBusy ? t('login.confirming') : t('login.confirm')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={secondsLeft > 0 || resendBusy}
            onClick={() => void onResend()}
          >
            {resendBusy
              ? t('common.sending')
              : secondsLeft > 0
                ? t('common.sendAgainIn', { seconds: secondsLeft })
                : t('common.sendAgain')}
          </button>
          <button type="button" className="button-secondary" disabled={cancelBusy} onClick={() => void onCancel()}>
            {cancelBusy ? t('login.cancelling') : t('login.cancelChange')}
          </button>
        </div>
      </form>
    </div>
  );
}
