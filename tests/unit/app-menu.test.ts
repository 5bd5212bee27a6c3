import { describe, expect, it, vi } from 'vitest';
import { menuStrings } from '../../src-main/i18n/menu-strings.ts';
import { appMenuTemplate, type AppMenuOptions, type MenuTemplateItem } from '../../src-main/menu/app-menu-template.ts';

function template(overrides: Partial<AppMenuOptions> = {}) {
  return appMenuTemplate({
    packaged: true,
    platform: 'linux',
    strings: menuStrings('en-US'),
    updatesEnabled: true,
    checkForUpdates: () => {},
    showLogs: () => {},
    toggleSidebar: () => {},
    openSettings: () => {},
    ...overrides,
  });
}

/** Every item of the menu bar, submenus included, flattened. */
function allItems(items: MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...(item.submenu ? allItems(item.submenu) : [])]);
}

const roles = (items: MenuTemplateItem[]) => allItems(items).map((item) => item.role);
const viewMenu = (items: MenuTemplateItem[]) => items.find((item) => item.role === 'viewMenu');

describe('the app menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('offers no developer tools in a packaged build (%s)', (platform) => {
    const items = template({ packaged: true, platform });
    expect(roles(items)).not.toContain('toggleDevTools');
    // The View menu is spelled out, so Electron's default one (which has the tools) is not filled in.
    expect(Array.isArray(viewMenu(items)?.submenu)).toBe(true);
  });

  it('keeps "Toggle Developer Tools" in development', () => {
    expect(roles(template({ packaged: false }))).toContain('toggleDevTools');
  });

  it('keeps the rest of the View menu in both', () => {
    for (const packaged of [true, false]) {
      expect(roles(template({ packaged }))).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    }
  });

  it('opens the View menu with "Toggle sidebar" on Ctrl+Shift+S (Cmd on a Mac), which asks the window to toggle it', () => {
    const toggleSidebar = vi.fn();
    const [toggle] = viewMenu(template({ strings: menuStrings('ru'), toggleSidebar }))?.submenu ?? [];
    expect(toggle).toMatchObject({ label: 'Показать или скрыть боковую панель', accelerator: 'CmdOrCtrl+Shift+S' });
    toggle?.click?.();
    expect(toggleSidebar).toHaveBeenCalledOnce();
    expect(viewMenu(template())?.submenu?.[0]).toMatchObject({ label: 'Toggle sidebar' });
  });

  it.each([
    ['darwin', 'appMenu'],
    ['win32', 'fileMenu'],
    ['linux', 'fileMenu'],
  ] as const)('offers Settings… on Ctrl+, (Cmd on a Mac) on %s, in its %s, which asks the window to open them', (platform, role) => {
    const openSettings = vi.fn();
    const menu = template({ platform, strings: menuStrings('de'), openSettings }).find((item) => item.role === role);
    const settings = menu?.submenu?.find((item) => item.accelerator === 'CmdOrCtrl+,');
    expect(settings).toMatchObject({ label: 'Einstellungen…' });
    settings?.click?.();
    expect(openSettings).toHaveBeenCalledOnce();
    expect(roles(menu?.submenu ?? [])).toContain('quit');
  });

  it('has the macOS app menu on macOS only', () => {
    expect(roles(template({ platform: 'darwin' }))).toContain('appMenu');
    expect(roles(template({ platform: 'win32' }))).not.toContain('appMenu');
  });

  it('offers Help → Check for updates… (greyed out when updates are off) and Help → Show logs', () => {
    const checkForUpdates = vi.fn();
    const showLogs = vi.fn();
    const help = template({ strings: menuStrings('ru'), updatesEnabled: false, checkForUpdates, showLogs }).find((item) => item.role === 'help');
    const [check, logs] = help?.submenu ?? [];
    expect(check).toMatchObject({ label: 'Проверить обновления…', enabled: false });
    expect(logs).toMatchObject({ label: 'Показать журналы' });
    logs?.click?.();
    expect(showLogs).toHaveBeenCalledOnce();
    expect(checkForUpdates).not.toHaveBeenCalled();
  });
});
