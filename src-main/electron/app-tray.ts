import { Menu, nativeImage, Tray, type NativeImage } from 'electron';
import type { Portal } from '../../src-preload/contract.ts';
import type { UnreadSummary } from '../bitrix24/web-view-host.ts';
import { mainStrings } from '../i18n/main-strings.ts';
import { trayMenuTemplate, trayTooltip } from '../menu/tray-menu-template.ts';
import { TRAY_ICON_PNG_DATA_URL, TRAY_TEMPLATE_PNG_DATA_URL } from './tray-icon-image.ts';

const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';

export interface AppTrayOptions {
  platform: NodeJS.Platform;
  openApp(): void;
  openPortal(portal: Portal): void;
  quit(): void;
}

/**
 * The tray icon (the menu bar's on macOS): there only while it is shown, its tooltip and menu kept
 * up to date with the unread portals and the app's language.
 */
export class AppTray {
  private readonly options: AppTrayOptions;
  private tray: Tray | null = null;
  private unread: UnreadSummary = { total: 0, portals: [] };
  private language = 'en';

  constructor(options: AppTrayOptions) {
    this.options = options;
  }

  setShown(shown: boolean): void {
    if (shown && !this.tray) {
      this.tray = new Tray(this.icon());
      // Windows and Linux open the window on a click, as their tray apps do; macOS opens the menu.
      if (this.options.platform !== 'darwin') this.tray.on('click', () => this.options.openApp());
      this.refresh();
    } else if (!shown && this.tray) {
      this.tray.destroy();
      this.tray = null;
    }
  }

  showUnread(unread: UnreadSummary): void {
    this.unread = unread;
    this.refresh();
  }

  setLanguage(language: string): void {
    this.language = language;
    this.refresh();
  }

  private icon(): NativeImage {
    if (this.options.platform !== 'darwin') return nativeImage.createFromDataURL(TRAY_ICON_PNG_DATA_URL);
    // 32 pixels at scale 2: the menu bar's 16 points, sharp on a Retina display.
    const png = Buffer.from(TRAY_TEMPLATE_PNG_DATA_URL.slice(PNG_DATA_URL_PREFIX.length), 'base64');
    const image = nativeImage.createFromBuffer(png, { scaleFactor: 2 });
    image.setTemplateImage(true);
    return image;
  }

  private refresh(): void {
    if (!this.tray) return;
    const strings = mainStrings(this.language).tray;
    this.tray.setToolTip(trayTooltip(strings, this.unread.total));
    const template = trayMenuTemplate({
      strings,
      unread: this.unread,
      language: this.language,
      openApp: this.options.openApp,
      openPortal: this.options.openPortal,
      quit: this.options.quit,
    });
    this.tray.setContextMenu(Menu.buildFromTemplate(template));
  }
}
