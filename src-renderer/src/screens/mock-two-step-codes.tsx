import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, MockTwoFactorCode } from '../../../src-preload/contract.ts';
import { forReading } from '../account/two-factor-codes.ts';
import { useSecondsLeft } from '../account/use-seconds-left.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useDescribeError } from '../i18n/describe-error.ts';

/** The earliest moment a listed code stops working (epoch ms), or null for an empty list. */
const soonestEnd = (codes: readonly MockTwoFactorCode[]): number | null =>
  codes.reduce<number | null>((soonest, code) => {
    const end = Date.parse(code.validUntil);
    return Number.isNaN(end) || (soonest !== null && soonest <= end) ? soonest : end;
  }, null);

function CodeItem({ code }: { code: MockTwoFactorCode }) {
  const { t } = useTranslation('account');
  const seconds = useSecondsLeft(Date.parse(code.validUntil));
  return <li>{t('twoStep.mock.item', { login: code.login, code: forReading(code.code), seconds })}</li>;
}

/**
 * The Mock backend panel's "Two-step codes": each two-step account's current code, as its
 * authenticator app would show it (for testers; the mock's inbox has none). Asked for again when a
 * code's 30 seconds end, and on Refresh.
 */
export function MockTwoStepCodes() {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const headingId = useId();
  const [codes, setCodes] = useState<MockTwoFactorCode[] | null>(null);
  const [error, setError] = useState<BridgeError | null>(null);
  const [loading, setLoading] = useState(true);
  /** Bumped to ask again (Refresh, or a code ran out). */
  const [attempt, setAttempt] = useState(0);
  const soonest = codes ? soonestEnd(codes) : null;

  const askAgain = () => {
    setLoading(true);
    setAttempt((count) => count + 1);
  };

  useEffect(() => {
    let current = true;
    void call((api) => api.mock.twoFactorCodes()).then((result) => {
      if (!current) return;
      setLoading(false);
      if (result.ok) {
        setCodes(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  // When the first listed code runs out, the next ones are asked for.
  useEffect(() => {
    if (soonest === null) return;
    const timer = setTimeout(askAgain, Math.max(0, soonest - Date.now()));
    return () => clearTimeout(timer);
  }, [soonest]);

  return (
    <section className="mock-two-step-codes" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('twoStep.mock.heading')}</h2>
      <p className="muted">{t('twoStep.mock.note')}</p>
      {loading && codes === null && (
        <p className="muted" role="status">
          {t('twoStep.mock.loading')}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('twoStep.mock.loadFailed')} {describeError(error)}
        </p>
      )}
      {codes && codes.length === 0 && <p className="muted">{t('twoStep.mock.empty')}</p>}
      {codes && codes.length > 0 && (
        <ul className="mock-code-list" aria-labelledby={headingId}>
          {codes.map((code) => (
            <CodeItem key={`${code.login} ${code.validUntil}`} code={code} />
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={loading} onClick={askAgain}>
          {t('twoStep.mock.refresh')}
        </button>
      </div>
    </section>
  );
}
