import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portals-store.ts';

interface PortalListProps {
  selectedId: string | null;
  onSelect(portal: Portal): void;
}

/** The sidebar: every portal of the signed-in person, with loading, error and empty states. */
export function PortalList({ selectedId, onSelect }: PortalListProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const status = usePortalsStore((state) => state.status);
  const portals = usePortalsStore((state) => state.portals);
  const error = usePortalsStore((state) => state.error);
  const reload = usePortalsStore((state) => state.reload);
  const loading = status === 'idle' || status === 'loading';

  return (
    <nav className="sidebar" aria-label={t('portals.heading')} aria-busy={loading}>
      <h2 className="sidebar-heading">{t('portals.heading')}</h2>
      {loading && (
        <p className="muted sidebar-message" role="status">
          {t('portals.loading')}
        </p>
      )}
      {status === 'error' && error && (
        <div className="sidebar-message" role="alert">
          <p>
            <strong>{t('portals.loadFailed')}</strong>
          </p>
          <p className="muted">{describeError(error)}</p>
          <button type="button" className="button-secondary" onClick={() => void reload()}>
            {t('portals.retry')}
          </button>
        </div>
      )}
      {status === 'ready' && portals.length === 0 && <p className="muted sidebar-message">{t('portals.empty')}</p>}
      {status === 'ready' && portals.length > 0 && (
        <ul className="portal-list">
          {portals.map((portal) => (
            <li key={portal.id}>
              <button
                type="button"
                className="portal"
                aria-pressed={portal.id === selectedId}
                onClick={() => onSelect(portal)}
              >
                <span className="portal-title">{portal.title}</span>
                <span className="portal-domain">{portal.domain}</span>
                <span className={`badge badge-role badge-${portal.role}`}>{t(`portals.roles.${portal.role}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
