import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LINK_LENGTH } from '../../../src-preload/field-limits.ts';
import { call } from '../bridge/bitrix-id.ts';
import { TextField } from '../components/text-field.tsx';
import { ApprovalOutcome, type Outcome } from './approval-outcome.tsx';

/**
 * "Approve a sign-in with QR code": what a signed-in phone does, for a person at this desk. The
 * link of another device's QR code (or its code) is pasted and approved; main checks it is a link
 * of this server before anything is sent.
 */
export function QrApproveSection() {
  const { t } = useTranslation('account');
  const headingId = useId();
  const [link, setLink] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = link.trim();
    const problem =
      trimmed === '' ? t('qrSignIn.linkRequired') : trimmed.length > MAX_LINK_LENGTH ? t('common.tooLong') : undefined;
    setFieldError(problem);
    setOutcome(null);
    if (problem) {
      linkRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await call((api) => api.account.approveQrSignIn({ link: trimmed }));
    setBusy(false);
    if (result.ok) {
      setLink('');
      setOutcome({ kind: 'approved', deviceName: result.value.deviceName });
    } else if (result.error.code === 'validation') {
      setFieldError(t('qrSignIn.linkInvalid'));
      linkRef.current?.focus();
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('qrSignIn.heading')}</h2>
      <p className="muted">{t('qrSignIn.intro')}</p>
      <form noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
        <TextField
          ref={linkRef}
          label={t('qrSignIn.link')}
          name="qr-link"
          type="url"
          autoComplete="off"
          spellCheck={false}
          value={link}
          onChange={(value) => {
            setLink(value);
            if (fieldError) setFieldError(undefined);
          }}
          error={fieldError}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('qrSignIn.approving') : t('qrSignIn.approve')}
        </button>
      </form>
      <ApprovalOutcome outcome={outcome} />
    </section>
  );
}
