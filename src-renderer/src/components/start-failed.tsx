import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useSessionStore } from '../stores/session-store.ts';
import { SignedOutPage } from './signed-out-page.tsx';

/** Bitrix24 mode could not open the profile at start (it has no sign-in form to fall back on): why, and "Try again". */
export function StartFailed({ error }: { error: BridgeError }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const restoring = useSessionStore((state) => state.restoring);
  const retryRestore = useSessionStore((state) => state.retryRestore);
  return (
    <SignedOutPage>
      <div role="alert">
        <p>
          <strong>{t('signIn.restoreFailed')}</strong> {describeError(error)}
        </p>
        <button type="button" className="button-secondary" disabled={restoring} onClick={() => void retryRestore()}>
          {restoring ? t('signIn.retrying') : t('signIn.retry')}
        </button>
      </div>
    </SignedOutPage>
  );
}
