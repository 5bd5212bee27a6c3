import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in Ukrainian. */
export const mainUk: MainStrings = {
  menu: {
    settings: 'Налаштування…',
    showLogs: 'Показати журнали',
    toggleSidebar: 'Показати або приховати бічну панель',
    checkForUpdates: 'Перевірити оновлення…',
    upToDate: 'У вас найновіша версія.',
    downloading: (version: string) =>
      `Версія ${version} завантажується. Коли вона буде готова, застосунок запропонує перезапуск.`,
    ready: (version: string) => `Версія ${version} готова. Перезапустіть застосунок, щоб оновити його.`,
    failed: 'Не вдалося перевірити оновлення. Спробуйте пізніше.',
    restart: 'Перезапустити й оновити',
    later: 'Пізніше',
  },
  attention: { unread: (count: string) => `Непрочитаних: ${count}` },
  tray: {
    open: 'Відкрити Bitrix ID',
    unreadHeading: 'Непрочитане на порталах',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Закрити Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID — непрочитаних: ${count}`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Цю вкладку можна закрити.',
    signedIn: { heading: 'Ви увійшли в Bitrix ID', detail: 'Поверніться в Bitrix ID Desktop, щоб продовжити.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} підключено до вашого Bitrix ID` : 'Сервіс підключено до вашого Bitrix ID',
      detail: 'Відтепер через нього можна входити. Поверніться в Bitrix ID Desktop, щоб продовжити.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service
        ? `Цей обліковий запис ${service} не прив’язано до жодного Bitrix ID`
        : 'Цей обліковий запис не прив’язано до жодного Bitrix ID',
      detail: 'Вхід не виконано. Увійдіть у Bitrix ID Desktop із паролем, а потім підключіть сервіс у профілі.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `Цей обліковий запис ${service} уже прив’язано до іншого Bitrix ID`
        : 'Цей обліковий запис уже прив’язано до іншого Bitrix ID',
      detail: 'Нічого не змінено. Увійдіть із ним у той Bitrix ID або виберіть інший обліковий запис.',
    }),
    denied: { heading: 'Скасовано в браузері', detail: 'Нічого не змінено. Поверніться в Bitrix ID Desktop.' },
    cancelled: {
      heading: 'Вхід скасовано в Bitrix ID Desktop',
      detail: 'Нічого не змінено. Поверніться в Bitrix ID Desktop і за потреби почніть спочатку.',
    },
    timeout: {
      heading: 'Це тривало занадто довго',
      detail: 'Сервер не відповів вчасно. Поверніться в Bitrix ID Desktop і спробуйте ще раз.',
    },
    unfinished: {
      heading: 'Bitrix ID Desktop ще не завершив',
      detail: 'Поверніться в застосунок, щоб дізнатися, чи все вдалося.',
    },
    failed: {
      heading: 'Щось пішло не так',
      detail: 'Bitrix ID Desktop не зміг завершити вхід. Поверніться в застосунок і спробуйте ще раз.',
    },
    secondStep: {
      heading: 'Ще один крок у Bitrix ID Desktop',
      detail: 'Для вашого облікового запису ввімкнено двоетапну перевірку. Поверніться в застосунок і введіть код із застосунку-автентифікатора.',
    },
    foreign: {
      heading: 'На це посилання ніхто не чекає',
      detail: 'Це посилання не стосується входу, на який чекає Bitrix ID Desktop.',
    },
  },
};
