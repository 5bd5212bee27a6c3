import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/bitrix-id.ts';
import { ApprovalOutcome, type Outcome } from './approval-outcome.tsx';

/** The Mock backend panel's "Approve as Alice's phone": plays a signed-in phone approving the newest QR sign-in. */
export function MockQrApprove() {
  const { t } = useTranslation('account');
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const approve = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await call((api) => api.mock.approveQrSignIn());
    setBusy(false);
    setOutcome(result.ok ? { kind: 'approved', deviceName: result.value.deviceName } : { kind: 'failed', error: result.error });
  };

  return (
    <section className="mock-qr-approve" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('qrSignIn.mockHeading')}</h2>
      <button type="button" className="button-secondary" aria-disabled={busy} onClick={() => void approve()}>
        {t('qrSignIn.mockApprove')}
      </button>
      <ApprovalOutcome outcome={outcome} explain={(error) => (error.code === 'not_found' ? t('qrSignIn.mockNoneWaiting') : undefined)} />
    </section>
  );
}
