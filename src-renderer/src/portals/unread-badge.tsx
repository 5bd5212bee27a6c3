import { useTranslation } from 'react-i18next';
import { useUnreadStore } from '../stores/unread-store.ts';

/** A portal row's unread count ("3"), named "3 unread"; nothing when the portal has none. */
export function UnreadBadge({ portalId }: { portalId: string }) {
  const { t, i18n } = useTranslation('web');
  const count = useUnreadStore((state) => state.counts[portalId] ?? 0);
  if (count <= 0) return null;
  return (
    <span className="badge badge-unread">
      <span aria-hidden="true">{new Intl.NumberFormat(i18n.language).format(count)}</span>
      <span className="visually-hidden">{t('unread', { count })}</span>
    </span>
  );
}

/** Bitrix24 mode's header: the unread total of the profile's live portals ("5 unread"); nothing at 0. */
export function UnreadTotal() {
  const { t } = useTranslation('web');
  const total = useUnreadStore((state) => state.total);
  if (total <= 0) return null;
  return <span className="badge badge-unread">{t('unread', { count: total })}</span>;
}
