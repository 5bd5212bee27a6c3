import { mainLanguage } from './language.ts';

// The only strings the app menu shows itself; the role menus are translated by Electron and the OS.
const catalogue = {
  en: {
    showLogs: 'Show logs',
    toggleSidebar: 'Toggle sidebar',
    checkForUpdates: 'Check for updates…',
    upToDate: 'You have the latest version.',
    downloading: (version: string) => `Version ${version} is downloading. You will be offered a restart when it is ready.`,
    ready: (version: string) => `Version ${version} is ready. Restart to update.`,
    failed: 'Could not check for updates. Try again later.',
    restart: 'Restart to update',
    later: 'Later',
  },
  ru: {
    showLogs: 'Показать журналы',
    toggleSidebar: 'Показать или скрыть боковую панель',
    checkForUpdates: 'Проверить обновления…',
    upToDate: 'У вас последняя версия.',
    downloading: (version: string) => `Версия ${version} загружается. Когда она будет готова, приложение предложит перезапуск.`,
    ready: (version: string) => `Версия ${version} готова. Перезапустите приложение, чтобы обновить его.`,
    failed: 'Не удалось проверить обновления. Попробуйте позже.',
    restart: 'Перезапустить и обновить',
    later: 'Позже',
  },
};
export type MenuStrings = (typeof catalogue)['en'];

export const menuStrings = (locale: string): MenuStrings => catalogue[mainLanguage(locale)];
