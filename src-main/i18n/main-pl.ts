import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in Polish. */
export const mainPl: MainStrings = {
  menu: {
    settings: 'Ustawienia…',
    showLogs: 'Pokaż logi',
    toggleSidebar: 'Pokaż lub ukryj panel boczny',
    checkForUpdates: 'Sprawdź aktualizacje…',
    upToDate: 'Masz najnowszą wersję.',
    downloading: (version: string) =>
      `Trwa pobieranie wersji ${version}. Gdy będzie gotowa, aplikacja zaproponuje ponowne uruchomienie.`,
    ready: (version: string) => `Wersja ${version} jest gotowa. Uruchom aplikację ponownie, aby ją zaktualizować.`,
    failed: 'Nie udało się sprawdzić aktualizacji. Spróbuj ponownie później.',
    restart: 'Uruchom ponownie i zaktualizuj',
    later: 'Później',
  },
  attention: { unread: (count: string) => `Nieprzeczytane: ${count}` },
  tray: {
    open: 'Otwórz Bitrix ID',
    unreadHeading: 'Nieprzeczytane w portalach',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Zakończ Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID – nieprzeczytane: ${count}`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Możesz zamknąć tę kartę.',
    signedIn: { heading: 'Zalogowano do Bitrix ID', detail: 'Wróć do Bitrix ID Desktop, aby kontynuować.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `Połączono ${service} z Twoim Bitrix ID` : 'Połączono serwis z Twoim Bitrix ID',
      detail: 'Od teraz możesz logować się za jego pomocą. Wróć do Bitrix ID Desktop, aby kontynuować.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service
        ? `To konto ${service} nie jest powiązane z żadnym Bitrix ID`
        : 'To konto nie jest powiązane z żadnym Bitrix ID',
      detail: 'Logowanie nie nastąpiło. Zaloguj się do Bitrix ID Desktop hasłem, a potem połącz serwis w swoim profilu.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `To konto ${service} jest już powiązane z innym Bitrix ID`
        : 'To konto jest już powiązane z innym Bitrix ID',
      detail: 'Nic nie zostało zmienione. Zaloguj się nim do tamtego Bitrix ID lub wybierz inne konto.',
    }),
    denied: { heading: 'Anulowano w przeglądarce', detail: 'Nic nie zostało zmienione. Wróć do Bitrix ID Desktop.' },
    cancelled: {
      heading: 'Logowanie zostało anulowane w Bitrix ID Desktop',
      detail: 'Nic nie zostało zmienione. W razie potrzeby wróć do Bitrix ID Desktop i zacznij tam od nowa.',
    },
    timeout: {
      heading: 'Trwało to zbyt długo',
      detail: 'Serwer nie odpowiedział na czas. Wróć do Bitrix ID Desktop i spróbuj ponownie.',
    },
    unfinished: {
      heading: 'Bitrix ID Desktop jeszcze nie skończył',
      detail: 'Wróć do aplikacji, aby sprawdzić, czy się udało.',
    },
    failed: {
      heading: 'Coś poszło nie tak',
      detail: 'Bitrix ID Desktop nie mógł dokończyć logowania. Wróć do aplikacji i spróbuj ponownie.',
    },
    secondStep: {
      heading: 'Jeszcze jeden krok w Bitrix ID Desktop',
      detail: 'Twoje konto ma włączoną weryfikację dwuetapową. Wróć do aplikacji i wpisz kod z aplikacji uwierzytelniającej.',
    },
    foreign: {
      heading: 'Nic nie czeka na ten link',
      detail: 'Ten link nie należy do logowania, na które czeka Bitrix ID Desktop.',
    },
  },
};
