import type { BridgeError } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useLiveError } from './use-live-error.ts';

/** What failed ("Could not send the code.", optional) and why. */
export interface Failure {
  prefix?: string;
  error: BridgeError;
}

/** A failed action's alert; a wait it asks for counts down ("Try again in 27 seconds.") and the alert goes when it is over. */
export function FailureNotice({ failure }: { failure: Failure }) {
  const describeError = useDescribeError();
  const { error } = useLiveError(failure.error);
  if (!error) return null;
  const reason = describeError(error);
  return (
    <p className="notice notice-error" role="alert">
      {failure.prefix ? `${failure.prefix} ${reason}` : reason}
    </p>
  );
}
