import { useTranslation } from 'react-i18next';
import { Notice } from '../components/notice.tsx';
import { usePortalsStore } from '../stores/portal-list-store.ts';

/**
 * "We found N more Bitrix24 accounts registered with <login>": portals the server linked to the
 * Bitrix ID by e-mail at the first sign-in. A notice, not a dialog: nothing waits for it.
 */
export function LinkedNotice({ login }: { login: string }) {
  const { t } = useTranslation();
  const notice = usePortalsStore((state) => state.linkedNotice);
  const dismiss = usePortalsStore((state) => state.dismissLinkedNotice);
  if (!notice) return null;
  const domains = notice.newlyLinked.map((portal) => portal.domain).join(', ');
  return (
    <Notice variant="info" onDismiss={dismiss}>
      {t('shell.linkedNotice', { count: notice.newlyLinked.length, login, domains })}
    </Notice>
  );
}
