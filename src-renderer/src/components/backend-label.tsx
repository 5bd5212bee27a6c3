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
  if (variant === 'badge') {
    const text = backend.mode === 'mock' ? t('backend.mockBadge') : t('backend.urlBadge', { host: hostOf(backend.url) });
    return <span className={`badge badge-backend badge-${backend.mode}`}>{text}</span>;
  }
  return <span>{backend.mode === 'mock' ? t('backend.mock') : t('backend.url', { url: backend.url })}</span>;
}
