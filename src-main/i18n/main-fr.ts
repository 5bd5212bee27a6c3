import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in French. */
export const mainFr: MainStrings = {
  menu: {
    settings: 'Paramètres…',
    showLogs: 'Afficher les journaux',
    toggleSidebar: 'Afficher/masquer la barre latérale',
    checkForUpdates: 'Rechercher des mises à jour…',
    upToDate: 'Vous avez la dernière version.',
    downloading: (version: string) => `La version ${version} est en cours de téléchargement. Un redémarrage vous sera proposé dès qu’elle sera prête.`,
    ready: (version: string) => `La version ${version} est prête. Redémarrez pour mettre à jour.`,
    failed: 'Impossible de rechercher des mises à jour. Réessayez plus tard.',
    restart: 'Redémarrer et mettre à jour',
    later: 'Plus tard',
  },
  attention: { unread: (count: string) => `Non lus\u00a0: ${count}` },
  tray: {
    open: 'Ouvrir Bitrix ID',
    unreadHeading: 'Non lus dans les portails',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Quitter Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID\u00a0: ${count} non lus`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Vous pouvez fermer cet onglet.',
    signedIn: { heading: 'Vous êtes connecté à Bitrix ID', detail: 'Revenez à Bitrix ID Desktop pour continuer.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} est associé à votre Bitrix ID` : 'Le service est associé à votre Bitrix ID',
      detail: 'Vous pouvez désormais vous connecter avec. Revenez à Bitrix ID Desktop pour continuer.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service ? `Ce compte ${service} n’est associé à aucun Bitrix ID` : 'Ce compte n’est associé à aucun Bitrix ID',
      detail: 'Personne n’a été connecté. Connectez-vous à Bitrix ID Desktop avec votre mot de passe, puis associez le service dans votre profil.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service ? `Ce compte ${service} est déjà associé à un autre Bitrix ID` : 'Ce compte est déjà associé à un autre Bitrix ID',
      detail: 'Rien n’a été modifié. Connectez-vous avec lui à cet autre Bitrix ID, ou choisissez un autre compte.',
    }),
    denied: { heading: 'Annulé dans le navigateur', detail: 'Rien n’a été modifié. Revenez à Bitrix ID Desktop.' },
    cancelled: {
      heading: 'La connexion a été annulée dans Bitrix ID Desktop',
      detail: 'Rien n’a été modifié. Revenez à Bitrix ID Desktop et recommencez-y si nécessaire.',
    },
    timeout: { heading: 'Le délai est dépassé', detail: 'Le serveur n’a pas répondu à temps. Revenez à Bitrix ID Desktop et réessayez.' },
    unfinished: {
      heading: 'Bitrix ID Desktop n’a pas encore terminé',
      detail: 'Revenez à l’application pour voir si l’opération a réussi.',
    },
    failed: { heading: 'Un problème est survenu', detail: 'Bitrix ID Desktop n’a pas pu terminer. Revenez à l’application et réessayez.' },
    secondStep: {
      heading: 'Encore une étape dans Bitrix ID Desktop',
      detail: 'Votre compte utilise l’authentification en deux étapes. Revenez à l’application et saisissez le code de votre application d’authentification.',
    },
    foreign: {
      heading: 'Aucune opération n’attend ce lien',
      detail: 'Ce lien ne correspond pas à la connexion qu’attend Bitrix ID Desktop.',
    },
  },
};
