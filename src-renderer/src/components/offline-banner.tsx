import { useTranslation } from 'react-i18next';
import { useReachabilityStore } from '../stores/reachability-store.ts';
import { Notice } from './notice.tsx';

/**
 * Says the backend cannot be reached, for as long as main says so, on every screen. It goes away by
 * itself when main reports the backend back; nothing here retries or pretends anything was sent.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const offline = useReachabilityStore((state) => state.reachable === false);
  if (!offline) return null;
  return <Notice variant="warning">{t('backend.offline')}</Notice>;
}
