import type { ResultText } from './result-text.ts';

/**
 * What main shows itself, in English: the source every other language matches. The app menu (its
 * role items are translated by Electron and the OS), the update dialogs, the taskbar overlay's
 * description, the tray's menu and tooltip, and the pages the system browser shows after a social sign-in (`service` is the
 * social service's name, "Google", or null when the server's list was not at hand).
 */
export const mainEn = {
  menu: {
    settings: 'Settings…',
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
  attention: { unread: (count: string) => `${count} unread` },
  tray: {
    open: 'Open Bitrix ID',
    unreadHeading: 'Unread in portals',
    /** `name` is the portal's title (or its address); `count` is the badge's text ("3", "99+"). */
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Quit Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID: ${count} unread`,
  },
  browserResult: {
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
};
export type MainStrings = typeof mainEn;
