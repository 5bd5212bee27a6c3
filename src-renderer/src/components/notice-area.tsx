import type { ReactNode } from 'react';
import { LinkNotice } from '../links/link-notice.tsx';
import { AppRestartedNotice } from './app-restarted-notice.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { UpdateBanner } from './update-banner.tsx';

/**
 * The one place every screen shows its notices, under its header: what every screen may have to say
 * (offline, an update, a link's outcome, a restarted harness) and the screen's own, as children. It
 * never pushes the window: it takes its room from the content below it, and scrolls itself past a
 * third of the window.
 */
export function NoticeArea({ children }: { children?: ReactNode }) {
  return (
    <div className="notice-area">
      <AppRestartedNotice />
      <OfflineBanner />
      <UpdateBanner />
      <LinkNotice />
      {children}
    </div>
  );
}
