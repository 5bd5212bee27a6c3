import type { ErrorCode, PortalRole, PortalUnavailableReason, SessionEndReason } from '../../../src-preload/contract.ts';

/**
 * The English catalogue: the source of every visible string and the shape every other language
 * must match. Kept `as const` so i18next can check interpolation variables.
 */
export const en = {
  app: {
    name: 'Bitrix ID',
    loading: 'Loading…',
  },
  links: {
    needs_sign_in: 'Sign in to confirm your new login.',
    confirming: 'Confirming your new login…',
    confirmed: 'Your new login is confirmed.',
    failed: 'This confirmation link did not work.',
    dismiss: 'Dismiss',
    askTitle: 'Confirm the new login',
    ask: 'Confirm the new login {{login}}? From now on you will sign in with it. If you did not start this change, choose Cancel.',
    confirm: 'Confirm',
    confirmBusy: 'Confirming…',
    cancel: 'Cancel',
  },
  language: {
    label: 'Language',
    en: 'English',
    ru: 'Русский',
  },
  backend: {
    mock: 'Embedded mock backend',
    url: 'Server: {{url}}',
    mockBadge: 'Mock backend',
    urlBadge: 'Server: {{host}}',
    bitrix24: 'Bitrix24 account: {{url}}',
    bitrix24Badge: 'Bitrix24 · {{host}}',
    offline: 'Can\'t reach the server. What you see may be out of date; changes will not be sent until it is back.',
  },
  /** The app's own update, once it has downloaded. */
  update: {
    ready: 'Version {{version}} is ready. Restart to update.',
    restart: 'Restart to update',
    restarting: 'Restarting…',
    later: 'Later',
  },
  signIn: {
    heading: 'Sign in to Bitrix ID',
    intro: 'One account for all your Bitrix24 portals.',
    login: 'Email or phone',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    busy: 'Signing in…',
    forgot: 'Forgot your password?',
    loginRequired: 'Enter your email or phone number.',
    passwordRequired: 'Enter your password.',
    tooLong: 'This is too long.',
    fieldInvalid: 'Check this field and try again.',
    ended: {
      expired: 'Your session expired. Please sign in again.',
      revoked: 'You were signed out from another device. Please sign in again.',
      logged_out_everywhere: 'You have been signed out on all devices.',
      password_reset: 'Your password was changed. Sign in with the new password.',
    },
    restoreFailed: 'Could not restore your session.',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  /** Signing in with a social service, and the wait while the person finishes in the system browser. */
  social: {
    orSignInWith: 'Or sign in with',
    signInWith: 'Sign in with {{name}}',
    waitHeading: 'Continue in your browser',
    waitText: 'We opened {{name}} in your web browser. Finish signing in there, then come back.',
    waiting: 'Waiting for {{name}}…',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    notLinked:
      'This {{name}} account is not linked to any Bitrix ID. Sign in with your password, then connect {{name}} in your profile.',
    timedOut: 'The sign-in page was not completed in time. Try again.',
  },
  errors: {
    invalid_credentials: 'Wrong login or password.',
    validation: 'Some of the details are not valid. Check them and try again.',
    network:
      'Could not connect to Bitrix ID. Nothing was changed. Check your internet connection and try again.',
    timeout: 'Bitrix ID took too long to answer. Nothing was changed. Please try again.',
    server: 'Bitrix ID had a problem on its side. Nothing was changed. Please try again in a moment.',
    rate_limited: 'Too many attempts. Wait a little and try again.',
    unauthorized: 'Your session is no longer valid. Please sign in again.',
    keychain_unavailable: 'The system keychain is unavailable.',
    forbidden: 'You do not have permission to do that.',
    not_found: 'What you asked for was not found.',
    internal: 'Something went wrong in the app. Nothing was changed. Please try again.',
    wrong_password: 'The current password is wrong.',
    login_taken: 'This email or phone number is already used by another Bitrix ID.',
    invalid_code: 'Wrong code.',
    code_expired: 'The code or link is no longer valid. Start again.',
    invalid_checkword: 'Invalid checkword',
    social_not_linked:
      'This account of that service is not connected to any Bitrix ID. Sign in with your password, then connect it in your profile.',
    social_taken: 'This account of that service is already connected to another Bitrix ID.',
    last_sign_in_method: 'This is your only way to sign in. Set a password or connect another service first.',
    cancelled: 'Cancelled. Nothing was changed.',
    sms_unavailable: 'Text messages cannot be sent right now; email still works. Try again later.',
    portal_unavailable: 'This Bitrix24 is not available.',
    portal_limit_reached: 'You can create at most 7 Bitrix24 accounts.',
    portal_name_taken: 'This address is already taken.',
    unsupported: 'Bitrix24 mode has no such screen in the app: Bitrix ID has no API for it. Use the Network’s own page instead.',
    invalid_address: 'This is not a Bitrix24 address. Check it and try again.',
    import_refused: 'This file cannot be imported. Nothing was added.',
    portal_list_full: 'This list holds the most portals it can (10,000). Remove some before adding more.',
    profile_limit_reached: 'This computer holds the most Bitrix24 profiles it can (20). Remove one before adding another.',
    last_profile: 'This is the only profile, so it cannot be removed. Sign out instead.',
    two_factor_required: 'Enter the code from your authenticator app to finish signing in.',
    sign_in_expired: 'This sign-in has expired. Start again.',
    limited_session: 'You signed in with an application password, which cannot change your account. Sign in with your password to do this.',
    password_not_set: 'Your account has no password yet. Set a password first.',
    proof_required: 'Confirm that it is you first: ask for a code, or sign in again with your social network.',
    app_password_limit_reached: 'You have the most application passwords you can have (20). Revoke one you no longer use, then create a new one.',
    rateLimitedUntil: 'Too many attempts. Try again {{when}}.',
    smsUnavailableUntil: 'Text messages cannot be sent right now; email still works. Try again {{when}}.',
  },
  shell: {
    dismiss: 'Dismiss',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    changeAccount: 'Change account',
    mockInbox: 'Mock inbox',
    mockBackend: 'Mock backend',
    serverSettings: 'Server settings',
    signOutFailed: 'Could not sign out.',
    memoryOnly: 'The system keychain is unavailable, so you will be signed out when you quit.',
    welcome: 'Choose a portal',
    welcomeHint: 'Your portals are listed on the left: choose one to open it here, already signed in.',
    signedInAs: 'Signed in as {{login}}',
    // Plural forms: every catalogue has the four Russian needs; English picks only "one" and "other".
    linkedNotice_one:
      'We found {{count}} more Bitrix24 account registered with {{login}}: {{domains}}. It is now linked to your Bitrix ID.',
    linkedNotice_few:
      'We found {{count}} more Bitrix24 accounts registered with {{login}}: {{domains}}. They are now linked to your Bitrix ID.',
    linkedNotice_many:
      'We found {{count}} more Bitrix24 accounts registered with {{login}}: {{domains}}. They are now linked to your Bitrix ID.',
    linkedNotice_other:
      'We found {{count}} more Bitrix24 accounts registered with {{login}}: {{domains}}. They are now linked to your Bitrix ID.',
  },
  portals: {
    heading: 'Portals',
    loading: 'Loading your portals…',
    loadFailed: 'Could not load your portals',
    retry: 'Try again',
    retrying: 'Trying again…',
    offline: 'Offline — showing the last loaded list.',
    empty: 'You are not a member of any portal yet.',
    pagesFailed: 'Could not load all portals.',
    progress: 'Loading portals: {{loaded, number}} of {{total, number}}',
    progressSoFar: 'Loading portals: {{loaded, number}} so far',
    create: 'Create Bitrix24',
    search: 'Search portals',
    noMatch: 'No portals match “{{query}}”.',
    allHidden: 'All your portals are hidden.',
    sort: 'Sort',
    sortRecent: 'Recent',
    sortName: 'Name',
    showHidden: 'Show hidden portals ({{hiddenCount, number}})',
    hiddenMark: 'Hidden',
    hiddenDone: '{{title}} hidden.',
    shownDone: '{{title}} is back in the list.',
    undo: 'Undo',
    hideFailed: 'Could not hide {{title}}.',
    showFailed: 'Could not show {{title}} again.',
    unavailable: {
      deleted: 'Unavailable — deleted',
      access_revoked: 'Unavailable — access revoked',
    },
    roles: {
      admin: 'Admin',
      employee: 'Employee',
      extranet: 'Extranet',
    },
  },
  /** The content area: the chosen portal's toolbar, and what shows while its page cannot. */
  portal: {
    opening: 'Opening {{title}}…',
    openFailed: 'Could not open {{title}}.',
    unavailable: {
      deleted: 'This Bitrix24 was deleted.',
      access_revoked: 'Your access to this Bitrix24 was revoked.',
    },
    tryAgain: 'Try again',
    notOpen: '{{title}} is not open.',
    open: 'Open',
    signOut: 'Sign out of this portal',
    signingOut: 'Signing out…',
    signOutFailed: 'Could not sign out of {{title}}.',
    hide: 'Hide from list',
    show: 'Show in list',
  },
  createPortal: {
    heading: 'Create Bitrix24',
    zone: 'Zone',
    address: 'Address',
    preview: 'Your Bitrix24 will be at {{domain}}',
    rule: '3–30 characters: lower-case letters, digits and hyphens, not starting or ending with a hyphen',
    checking: 'Checking…',
    available: 'Available',
    taken: 'Already taken',
    checkFailed: 'Could not check this address right now.',
    suggest: 'Suggest another',
    suggesting: 'Suggesting…',
    suggestFailed: 'Could not suggest an address.',
    zonesFailed: 'Could not load the zones.',
    cancel: 'Cancel',
    create: 'Create',
    creating: 'Creating…',
    failed: 'Could not create the Bitrix24.',
  },
} as const;

// Every error code and portal role has a sentence; a new one in the contract fails to compile here.
en.errors satisfies Record<ErrorCode, string>;
en.portals.roles satisfies Record<PortalRole, string>;
en.portals.unavailable satisfies Record<PortalUnavailableReason, string>;
en.portal.unavailable satisfies Record<PortalUnavailableReason, string>;
en.signIn.ended satisfies Record<Exclude<SessionEndReason, 'signed_out'>, string>;

/** Same keys as English, any text: a language missing a key (or adding one) does not compile. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Catalogue = Strings<typeof en>;
