import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useDescribeError } from '../i18n/describe-error.ts';

type Outcome = { kind: 'approved'; deviceName: string } | { kind: 'failed'; error: BridgeError } | null;

/** The Mock backend panel's "Approve as Alice's phone": plays a signed-in phone approving the newest QR sign-in. */
export function MockQrApprove() {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
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
      {outcome?.kind === 'approved' && (
        <p className="notice notice-success" role="status">
          {t('qrSignIn.approved', { device: outcome.deviceName })}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="notice notice-error" role="alert">
          {outcome.error.code === 'not_found' ? t('qrSignIn.mockNoneWaiting') : `${t('qrSignIn.failed')} ${describeError(outcome.error)}`}
        </p>
      )}
    </section>
  );
}
