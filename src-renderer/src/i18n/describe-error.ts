import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';

/** "in 5 minutes" / "через 5 минут": Intl gets the grammar right in every language. */
function formatWhen(ms: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return format.format(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return format.format(minutes, 'minute');
  return format.format(Math.ceil(minutes / 60), 'hour');
}

/** Turns a bridge error into a sentence from the catalogue; main's own message is never shown. */
export function useDescribeError(): (error: BridgeError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      const when = formatWhen(error.retryAfterMs, i18n.language);
      if (error.code === 'rate_limited') return t('errors.rateLimitedUntil', { when });
      if (error.code === 'sms_unavailable') return t('errors.smsUnavailableUntil', { when });
    }
    return t(`errors.${error.code}`);
  };
}
