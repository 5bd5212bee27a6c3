import { describe, expect, it, vi } from 'vitest';
import type { Portal } from '../../src-preload/contract.ts';
import { mainEn } from '../../src-main/i18n/main-en.ts';
import { mainRu } from '../../src-main/i18n/main-ru.ts';
import { MAX_TRAY_PORTALS, trayMenuTemplate, trayTooltip, type TrayMenuOptions } from '../../src-main/menu/tray-menu-template.ts';

const portal = (name: string, title = name): Portal => ({
  id: `https://${name}.bitrix24.de`,
  title,
  domain: `${name}.bitrix24.de`,
  role: null,
  login: null,
  status: 'active',
});

function menu(overrides: Partial<TrayMenuOptions> = {}) {
  const options: TrayMenuOptions = {
    strings: mainEn.tray,
    unread: { total: 0, portals: [] },
    language: 'en',
    openApp: vi.fn(),
    openPortal: vi.fn(),
    quit: vi.fn(),
    ...overrides,
  };
  return { options, items: trayMenuTemplate(options) };
}

const labels = (items: ReturnType<typeof trayMenuTemplate>) => items.map((item) => item.label ?? `-${item.type ?? ''}`);

describe("the tray's menu", () => {
  it('offers to open the app and to quit when nothing is unread', () => {
    const { options, items } = menu();
    expect(labels(items)).toEqual(['Open Bitrix ID', '-separator', 'Quit Bitrix ID']);
    items[0]?.click?.();
    items[2]?.click?.();
    expect(options.openApp).toHaveBeenCalledOnce();
    expect(options.quit).toHaveBeenCalledOnce();
  });

  it('lists the portals with unread items, most first, each opening its portal', () => {
    const acme = portal('acme', 'Acme');
    const beta = portal('beta', '');
    const { options, items } = menu({ unread: { total: 150, portals: [{ portal: acme, count: 3 }, { portal: beta, count: 147 }] } });
    expect(labels(items)).toEqual(['Open Bitrix ID', '-separator', 'Unread in portals', 'beta.bitrix24.de (99+)', 'Acme (3)', '-separator', 'Quit Bitrix ID']);
    expect(items[2]?.enabled).toBe(false);
    items[4]?.click?.();
    expect(options.openPortal).toHaveBeenCalledWith(acme);
  });

  it('stops at a length that fits a screen', () => {
    const portals = Array.from({ length: MAX_TRAY_PORTALS + 5 }, (_, index) => ({ portal: portal(`p${index}`), count: index + 1 }));
    const { items } = menu({ unread: { total: 210, portals } });
    expect(items.filter((item) => item.label?.startsWith('p'))).toHaveLength(MAX_TRAY_PORTALS);
  });

  it('is in the language given', () => {
    const { items } = menu({ strings: mainRu.tray, language: 'ru' });
    expect(labels(items)).toEqual(['Открыть Bitrix ID', '-separator', 'Завершить Bitrix ID']);
  });
});

describe("the tray's tooltip", () => {
  it('names the app, and the unread total when there is one', () => {
    expect(trayTooltip(mainEn.tray, 0)).toBe('Bitrix ID');
    expect(trayTooltip(mainEn.tray, 4)).toBe('Bitrix ID: 4 unread');
    expect(trayTooltip(mainRu.tray, 120)).toBe('Bitrix ID — непрочитанных: 99+');
  });
});
