import { app, nativeImage, type BrowserWindow, type NativeImage } from 'electron';
import type { AppAttention } from '../bitrix24/web-view-host.ts';
import { badgeText, windowTitleWithUnread } from '../bitrix24/unread-count.ts';
import { attentionStrings } from '../i18n/attention-strings.ts';
import { APP_WINDOW_TITLE } from './main-window.ts';
import { UNREAD_BADGE_PNG_DATA_URL } from './unread-badge-image.ts';

export interface WindowAttentionOptions {
  window(): BrowserWindow | null;
  platform: NodeJS.Platform;
  /** The app's language now (it follows the settings): the overlay's description is in it. */
  language(): string;
}

/**
 * The unread total where the OS shows an app's attention: the dock's badge (macOS) or the launcher's
 * (Linux, Unity), the taskbar's overlay icon (Windows, which has no badge count), and the window title.
 */
export function createWindowAttention(options: WindowAttentionOptions): AppAttention {
  let badgeImage: NativeImage | null = null;
  const overlayImage = () => (badgeImage ??= nativeImage.createFromDataURL(UNREAD_BADGE_PNG_DATA_URL));

  return {
    showUnread({ total }) {
      if (options.platform !== 'win32') app.setBadgeCount(total);
      const window = options.window();
      if (!window || window.isDestroyed()) return;
      if (options.platform === 'win32') {
        const text = badgeText(total);
        if (text === '') window.setOverlayIcon(null, '');
        else window.setOverlayIcon(overlayImage(), attentionStrings(options.language()).unread(text));
      }
      window.setTitle(windowTitleWithUnread(APP_WINDOW_TITLE, total));
    },
  };
}
