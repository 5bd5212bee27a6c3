import { mainLanguage, type MainLanguage } from './language.ts';

/** What one browser result page says: a heading and what to do next. */
export interface ResultText {
  heading: string;
  detail: string;
}

/**
 * The pages the system browser shows after a social sign-in, once the app knows how it went.
 * `service` is the social service's name ("Google"), or null when the server's list was not at hand.
 */
const catalogue = {
  en: {
    title: 'Bitrix ID',
    closeTab: 'You can close this tab.',
    signedIn: { heading: 'You are signed in to Bitrix ID', detail: 'Go back to Bitrix ID Desktop to continue.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} is connected to your Bitrix ID` : 'The service is connected to your Bitrix ID',
      detail: 'From now on you can sign in with it. Go back to Bitrix ID Desktop to continue.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service ? `This ${service} account is not linked to any Bitrix ID` : 'This account is not linked to any Bitrix ID',
      detail: 'Nobody was signed in. Sign in to Bitrix ID Desktop with your password, then connect the service in your profile.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service ? `This ${service} account is already linked to another Bitrix ID` : 'This account is already linked to another Bitrix ID',
      detail: 'Nothing was changed. Sign in to that Bitrix ID with it, or choose another account.',
    }),
    denied: { heading: 'Cancelled in the browser', detail: 'Nothing was changed. Go back to Bitrix ID Desktop.' },
    cancelled: {
      heading: 'The sign-in was cancelled in Bitrix ID Desktop',
      detail: 'Nothing was changed. Go back to Bitrix ID Desktop and start again there if you need to.',
    },
    timeout: { heading: 'This took too long', detail: 'The server did not answer in time. Go back to Bitrix ID Desktop and try again.' },
    unfinished: {
      heading: 'Bitrix ID Desktop has not finished yet',
      detail: 'Go back to the app to see whether it worked.',
    },
    failed: { heading: 'Something went wrong', detail: 'Bitrix ID Desktop could not finish. Go back to the app and try again.' },
    secondStep: {
      heading: 'One more step in Bitrix ID Desktop',
      detail: 'Your account has two-step verification. Go back to the app and enter the code from your authenticator app.',
    },
    foreign: {
      heading: 'Nothing is waiting for this link',
      detail: 'This link does not belong to the sign-in Bitrix ID Desktop is waiting for.',
    },
  },
  ru: {
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
} satisfies Record<MainLanguage, unknown>;

export type BrowserResultStrings = (typeof catalogue)['en'];

export const browserResultStrings = (locale: string): { language: MainLanguage; strings: BrowserResultStrings } => {
  const language = mainLanguage(locale);
  return { language, strings: catalogue[language] };
};
