import type { ImportFileProblem, NetworkPage, PortalAddressProblem } from '../../../src-preload/contract.ts';
import type { Strings } from './en.ts';

/**
 * English strings of Bitrix24 (web) mode: profiles, the account menu, the Network's view, unread
 * counts, the portal list's own actions. The `web` namespace travels with the Bitrix24 shell's
 * chunk, so the API mode's first paint does not pay for it.
 */
export const webEn = {
  profiles: {
    add: 'Add another Bitrix ID',
    rename: 'Rename profile…',
    remove: 'Remove profile…',
    addHeading: 'Add another Bitrix ID',
    addIntro: 'A new profile keeps its own sign-ins and its own list of portals on this device.',
    name: 'Name (optional)',
    nameHint: 'For example, Work or a client’s name.',
    newName: 'Name',
    renameHeading: 'Rename profile',
    nameRequired: 'Enter a name.',
    nameTooLong: 'Use at most 64 characters.',
    addSubmit: 'Add',
    adding: 'Adding…',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    removeTitle: 'Remove the profile {{name}}?',
    removeText:
      'This deletes the sign-ins of {{name}} (Bitrix24.Network and every portal) and its list of portals on this device. The Bitrix24 accounts themselves stay as they are.',
    removeConfirm: 'Remove profile',
    removing: 'Removing…',
    failed: 'Could not change the profiles.',
    switchFailed: 'Could not switch profiles.',
    dismiss: 'Dismiss',
  },
  account: {
    menu: 'Account',
    signIn: 'Sign in to Bitrix24',
    profile: 'Profile',
    changeLogin: 'Change login',
    changePassword: 'Change password',
    socialNetworks: 'Social networks',
    logOutEverywhere: 'Sign out on all devices',
    passwordRecovery: 'Password recovery',
    createPortal: 'Create Bitrix24',
    serverSettings: 'Server settings',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutTitle: 'Sign out?',
    signOutText: 'Sign out of every portal and Bitrix24.Network on this device?',
    signOutConfirm: 'Sign out',
    signOutFailed: 'Could not sign out.',
    cancel: 'Cancel',
  },
  network: {
    name: 'Bitrix24.Network',
    heading: 'Bitrix24.Network — {{page}}',
    pages: {
      signIn: 'Sign in',
      portals: 'Your Bitrix24 accounts',
      createPortal: 'Create Bitrix24',
      profile: 'Profile',
      changeLogin: 'Change login',
      changePassword: 'Change password',
      socialNetworks: 'Social networks',
      logOutEverywhere: 'Sign out on all devices',
      passwordRecovery: 'Password recovery',
    },
    close: 'Close',
    opening: 'Opening Bitrix24.Network…',
    openFailed: 'Could not open Bitrix24.Network.',
    notOpen: 'Bitrix24.Network is not open.',
    open: 'Open',
    tryAgain: 'Try again',
  },
  // Plural forms: every catalogue has the four Russian needs; English picks only "one" and "other".
  unread_one: '{{count}} unread',
  unread_few: '{{count}} unread',
  unread_many: '{{count}} unread',
  unread_other: '{{count}} unread',
  welcome: {
    heading: 'Your Bitrix24, in this app',
    text: 'This mode shows Bitrix24’s own pages. Sign in once on Bitrix24.Network, and every portal you open here is signed in too. The app never sees your password.',
    signIn: 'Sign in to Bitrix24',
    addPortal: 'Add a portal',
  },
  portals: {
    add: 'Add portal',
    import: 'Import…',
    export: 'Export…',
    empty: 'No portals yet. Add one by its address, or open one from Bitrix24.Network.',
    addHeading: 'Add a portal',
    address: 'Portal address',
    addSubmit: 'Add',
    adding: 'Adding…',
    cancel: 'Cancel',
    addFailed: 'Could not add the portal.',
    addressProblems: {
      empty: 'Enter the portal’s address, for example yourcompany.bitrix24.com.',
      too_long: 'This address is too long. Copy just the portal’s address, for example yourcompany.bitrix24.com.',
      not_a_url: 'This is not a web address. Type the portal’s address, for example yourcompany.bitrix24.com.',
      scheme: 'Only https addresses of a Bitrix24 can be added. Type the portal’s address, for example yourcompany.bitrix24.com.',
      not_https: 'This address is not secure. Use the portal’s https:// address.',
      credentials: 'Remove the user name and password from the address: the portal asks for them on its own page.',
      ip_address: 'Use the portal’s name, not an IP address, for example yourcompany.bitrix24.com.',
      loopback: 'This address points at this computer. Type your portal’s address instead.',
      incomplete: 'This address is incomplete. Type the whole address, for example yourcompany.bitrix24.com.',
      not_a_portal: 'This is not the address of a Bitrix24 portal. Check it and type it again, for example yourcompany.bitrix24.com.',
    },
    importFile: 'Import…',
    importing: 'Importing…',
    importFailed: 'Could not import the file.',
    importProblems: {
      too_large: 'This file is larger than 1 MiB. Split it into smaller files and import each of them.',
      not_text: 'This is not a text file. Save the list as plain text (UTF-8), one address per line.',
      too_many_lines: 'This file has more than 10,000 lines. Split it into smaller files and import each of them.',
    },
    importHeading: 'Import report',
    imported: 'Added: {{added, number}}. Already listed: {{duplicates, number}}.',
    refusedHeading: 'Lines not imported',
    refusedLine: 'Line {{line, number}}: “{{text}}”. {{reason}}',
    lineProblems: {
      line_too_long: 'The line is too long.',
      list_full: 'The list is full (10,000 portals).',
    },
    close: 'Close',
    exportFailed: 'Could not export the list.',
    exported: 'Addresses exported: {{count, number}}.',
    remove: 'Remove from list',
    removeTitle: 'Remove {{title}} from the list?',
    removeText: 'The portal leaves this profile’s list, and its sign-in on this device is cleared. You can add it again at any time.',
    removeConfirm: 'Remove',
    removing: 'Removing…',
    removeFailed: 'Could not remove {{title}}.',
  },
} as const;

webEn.portals.addressProblems satisfies Record<PortalAddressProblem, string>;
webEn.portals.importProblems satisfies Record<ImportFileProblem, string>;
webEn.network.pages satisfies Record<NetworkPage, string>;

/** Same keys as English, any text: a language missing a key (or adding one) does not compile. */
export type WebCatalogue = Strings<typeof webEn>;
