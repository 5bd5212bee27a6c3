import type { Portal } from '../../src-preload/contract.ts';
import type { UnreadSummary } from '../bitrix24/web-view-host.ts';
import { badgeText } from '../bitrix24/unread-count.ts';
import type { MainStrings } from '../i18n/main-en.ts';
import type { MenuTemplateItem } from './app-menu-template.ts';

export type TrayStrings = MainStrings['tray'];

export interface TrayMenuOptions {
  strings: TrayStrings;
  unread: UnreadSummary;
  /** The language the portals' names sort in. */
  language: string;
  openApp(): void;
  openPortal(portal: Portal): void;
  quit(): void;
}

/** A menu this long still fits a screen; a partner with hundreds of portals opens the rest from the window. */
export const MAX_TRAY_PORTALS = 15;

const portalName = (portal: Portal): string => (portal.title.trim() === '' ? portal.domain : portal.title);

/**
 * The tray's menu: "Open Bitrix ID", the portals with unread items (most unread first; choosing one
 * shows it in the window), "Quit".
 */
export function trayMenuTemplate(options: TrayMenuOptions): MenuTemplateItem[] {
  const collator = new Intl.Collator(options.language);
  const portals = [...options.unread.portals]
    .sort((a, b) => b.count - a.count || collator.compare(portalName(a.portal), portalName(b.portal)))
    .slice(0, MAX_TRAY_PORTALS);
  const unreadSection: MenuTemplateItem[] =
    portals.length === 0
      ? []
      : [
          { type: 'separator' },
          { label: options.strings.unreadHeading, enabled: false },
          ...portals.map(({ portal, count }) => ({
            label: options.strings.unreadPortal(portalName(portal), badgeText(count)),
            click: () => options.openPortal(portal),
          })),
        ];
  return [
    { label: options.strings.open, click: options.openApp },
    ...unreadSection,
    { type: 'separator' },
    { label: options.strings.quit, click: options.quit },
  ];
}

/** What the tray icon says under the pointer: the app's name, with the unread total when there is one. */
export function trayTooltip(strings: TrayStrings, total: number): string {
  const text = badgeText(total);
  return text === '' ? strings.tooltip : strings.tooltipWithUnread(text);
}
