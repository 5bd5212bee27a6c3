import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-preload/contract.ts';

/** The header badge shows only the host to stay short; the footer shows the whole URL. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

interface BackendLabelProps {
  backend: AppInfo['backend'];
  /** `badge` is the compact header form; `full` names the whole URL. */
  variant: 'badge' | 'full';
}

/** Says which backend the app talks to, so a tester never mistakes the mock for production. */
export function BackendLabel({ backend, variant }: BackendLabelProps) {
  const { t } = useTranslation();
  const text = (): string => {
    switch (backend.mode) {
      case 'mock':
        return variant === 'badge' ? t('backend.mockBadge') : t('backend.mock');
      case 'url':
        return variant === 'badge' ? t('backend.urlBadge', { host: hostOf(backend.url) }) : t('backend.url', { url: backend.url });
      case 'bitrix24':
        return variant === 'badge'
          ? t('backend.bitrix24Badge', { host: hostOf(backend.url) })
          : t('backend.bitrix24', { url: backend.url });
    }
  };
  if (variant === 'badge') {
    return (
      <span className={`badge badge-backend badge-${backend.mode}`} title={text()}>
        {text()}
      </span>
    );
  }
  return <span>{text()}</span>;
}
