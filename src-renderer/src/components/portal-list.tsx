import { useTranslation } from 'react-i18next';
import type { Portal } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { usePortalsStore } from '../stores/portals-store.ts';

interface PortalListProps {
  selectedId: string | null;
  onSelect(portal: Portal): void;
}

/**
 * The sidebar: every portal of the signed-in person, with loading, error and empty states. A list
 * once loaded stays while it reloads, and stays (marked offline) if the reload cannot reach the server.
 */
export function PortalList({ selectedId, onSelect }: PortalListProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const status = usePortalsStore((state) => state.status);
  const portals = usePortalsStore((state) => state.portals);
  const error = usePortalsStore((state) => state.error);
  const loaded = usePortalsStore((state) => state.loaded);
  const stale = usePortalsStore((state) => state.stale);
  const reload = usePortalsStore((state) => state.reload);
  const loading = status === 'idle' || status === 'loading';

  return (
    <nav className="sidebar" aria-label={t('portals.heading')} aria-busy={loading}>
      <h2 className="sidebar-heading">{t('portals.heading')}</h2>
      {loading && !loaded && (
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
      {stale && (
        // The list below is the last one loaded; a reload failed because the server was away.
        <div className="sidebar-message sidebar-stale">
          <p role="status">{t('portals.offline')}</p>
          <button type="button" className="button-secondary" disabled={loading} onClick={() => void reload()}>
            {loading ? t('portals.retrying') : t('portals.retry')}
          </button>
        </div>
      )}
      {loaded && portals.length === 0 && <p className="muted sidebar-message">{t('portals.empty')}</p>}
      {loaded && portals.length > 0 && (
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
