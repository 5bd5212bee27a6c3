import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in German. */
export const mainDe: MainStrings = {
  menu: {
    settings: 'Einstellungen…',
    showLogs: 'Protokolle anzeigen',
    toggleSidebar: 'Seitenleiste ein-/ausblenden',
    checkForUpdates: 'Nach Updates suchen…',
    upToDate: 'Sie haben die neueste Version.',
    downloading: (version: string) => `Version ${version} wird heruntergeladen. Sobald sie bereit ist, wird Ihnen ein Neustart angeboten.`,
    ready: (version: string) => `Version ${version} ist bereit. Starten Sie die App neu, um sie zu aktualisieren.`,
    failed: 'Die Suche nach Updates ist fehlgeschlagen. Versuchen Sie es später erneut.',
    restart: 'Neu starten und aktualisieren',
    later: 'Später',
  },
  attention: { unread: (count: string) => `Ungelesen: ${count}` },
  tray: {
    open: 'Bitrix ID öffnen',
    unreadHeading: 'Ungelesen in Portalen',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Bitrix ID beenden',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID: ${count} ungelesen`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Sie können diesen Tab schließen.',
    signedIn: { heading: 'Sie sind bei Bitrix ID angemeldet', detail: 'Kehren Sie zu Bitrix ID Desktop zurück, um fortzufahren.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} ist mit Ihrer Bitrix ID verbunden` : 'Der Dienst ist mit Ihrer Bitrix ID verbunden',
      detail: 'Sie können sich ab jetzt damit anmelden. Kehren Sie zu Bitrix ID Desktop zurück, um fortzufahren.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service ? `Dieses ${service}-Konto ist mit keiner Bitrix ID verknüpft` : 'Dieses Konto ist mit keiner Bitrix ID verknüpft',
      detail: 'Es wurde niemand angemeldet. Melden Sie sich in Bitrix ID Desktop mit Ihrem Passwort an und verbinden Sie den Dienst dann in Ihrem Profil.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `Dieses ${service}-Konto ist bereits mit einer anderen Bitrix ID verknüpft`
        : 'Dieses Konto ist bereits mit einer anderen Bitrix ID verknüpft',
      detail: 'Es wurde nichts geändert. Melden Sie sich damit bei dieser anderen Bitrix ID an oder wählen Sie ein anderes Konto.',
    }),
    denied: { heading: 'Im Browser abgebrochen', detail: 'Es wurde nichts geändert. Kehren Sie zu Bitrix ID Desktop zurück.' },
    cancelled: {
      heading: 'Die Anmeldung wurde in Bitrix ID Desktop abgebrochen',
      detail: 'Es wurde nichts geändert. Kehren Sie zu Bitrix ID Desktop zurück und beginnen Sie dort bei Bedarf von vorn.',
    },
    timeout: {
      heading: 'Das hat zu lange gedauert',
      detail: 'Der Server hat nicht rechtzeitig geantwortet. Kehren Sie zu Bitrix ID Desktop zurück und versuchen Sie es erneut.',
    },
    unfinished: {
      heading: 'Bitrix ID Desktop ist noch nicht fertig',
      detail: 'Kehren Sie zur App zurück, um zu sehen, ob es geklappt hat.',
    },
    failed: {
      heading: 'Etwas ist schiefgelaufen',
      detail: 'Bitrix ID Desktop konnte den Vorgang nicht abschließen. Kehren Sie zur App zurück und versuchen Sie es erneut.',
    },
    secondStep: {
      heading: 'Noch ein Schritt in Bitrix ID Desktop',
      detail: 'Für Ihr Konto ist die Zwei-Faktor-Authentifizierung aktiviert. Kehren Sie zur App zurück und geben Sie den Code aus Ihrer Authentifizierungs-App ein.',
    },
    foreign: {
      heading: 'Für diesen Link wartet nichts',
      detail: 'Dieser Link gehört nicht zu der Anmeldung, auf die Bitrix ID Desktop wartet.',
    },
  },
};
