import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';

/** What came of approving a QR sign-in; null before (or while) one is tried. */
export type Outcome = { kind: 'approved'; deviceName: string } | { kind: 'failed'; error: BridgeError } | null;

interface ApprovalOutcomeProps {
  outcome: Outcome;
  /** A caller's own sentence for a failure it knows better (the mock's "none waiting"); else the usual one. */
  explain?: (error: BridgeError) => string | undefined;
}

/** The notice after approving a QR sign-in: which device is now signed in, or why it is not. */
export function ApprovalOutcome({ outcome, explain }: ApprovalOutcomeProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  if (outcome === null) return null;
  if (outcome.kind === 'approved') {
    return (
      <p className="notice notice-success" role="status">
        {t('qrSignIn.approved', { device: outcome.deviceName })}
      </p>
    );
  }
  return (
    <p className="notice notice-error" role="alert">
      {explain?.(outcome.error) ?? `${t('qrSignIn.failed')} ${describeError(outcome.error)}`}
    </p>
  );
}
