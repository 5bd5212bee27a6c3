import { useTranslation } from 'react-i18next';
import { useAppRestartedStore } from '../stores/app-restarted-store.ts';
import { Notice } from './notice.tsx';

/**
 * The browser harness was restarted under this page: every call is refused from now on, so one
 * error says so and how to go on, instead of "You do not have permission" on every action.
 */
export function AppRestartedNotice() {
  const { t } = useTranslation();
  const restarted = useAppRestartedStore((state) => state.restarted);
  if (!restarted) return null;
  return <Notice variant="error">{t('notices.appRestarted')}</Notice>;
}
