import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in Russian. */
export const mainRu: MainStrings = {
  menu: {
    settings: 'Настройки…',
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
  attention: { unread: (count: string) => `Непрочитанных: ${count}` },
  tray: {
    open: 'Открыть Bitrix ID',
    unreadHeading: 'Непрочитанное на порталах',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Завершить Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID — непрочитанных: ${count}`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Эту вкладку можно закрыть.',
    signedIn: { heading: 'Вы вошли в Bitrix ID', detail: 'Вернитесь в Bitrix ID Desktop, чтобы продолжить.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `Сервис ${service} подключён к вашему Bitrix ID` : 'Сервис подключён к вашему Bitrix ID',
      detail: 'Теперь через него можно входить. Вернитесь в Bitrix ID Desktop, чтобы продолжить.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service
        ? `Эта учётная запись ${service} не привязана ни к одному Bitrix ID`
        : 'Эта учётная запись не привязана ни к одному Bitrix ID',
      detail: 'Вход не выполнен. Войдите в Bitrix ID Desktop по паролю и подключите сервис в профиле.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `Эта учётная запись ${service} уже привязана к другому Bitrix ID`
        : 'Эта учётная запись уже привязана к другому Bitrix ID',
      detail: 'Ничего не изменилось. Войдите с ней в тот Bitrix ID или выберите другую учётную запись.',
    }),
    denied: { heading: 'Отменено в браузере', detail: 'Ничего не изменилось. Вернитесь в Bitrix ID Desktop.' },
    cancelled: {
      heading: 'Вход отменён в Bitrix ID Desktop',
      detail: 'Ничего не изменилось. Вернитесь в Bitrix ID Desktop и при необходимости начните заново.',
    },
    timeout: {
      heading: 'Слишком долгое ожидание',
      detail: 'Сервер не ответил вовремя. Вернитесь в Bitrix ID Desktop и попробуйте ещё раз.',
    },
    unfinished: {
      heading: 'Bitrix ID Desktop ещё не закончил',
      detail: 'Вернитесь в приложение, чтобы узнать, получилось ли.',
    },
    failed: {
      heading: 'Что-то пошло не так',
      detail: 'Bitrix ID Desktop не смог завершить вход. Вернитесь в приложение и попробуйте ещё раз.',
    },
    secondStep: {
      heading: 'Остался ещё один шаг в Bitrix ID Desktop',
      detail: 'Для вашей учётной записи включена двухэтапная проверка. Вернитесь в приложение и введите код из приложения-аутентификатора.',
    },
    foreign: {
      heading: 'Эту ссылку никто не ждёт',
      detail: 'Эта ссылка не относится ко входу, которого ждёт Bitrix ID Desktop.',
    },
  },
};
