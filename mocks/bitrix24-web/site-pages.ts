/**
 * The emulated Bitrix24's HTML: the Network's sign-in and profile pages and a portal's home page.
 * Plain markup with no inline script or style, every value escaped.
 */
import { escapeHtml } from '../backend/html-escape.ts';
import { PORTAL_SCRIPT_PATH, STYLESHEET_PATH } from './site-assets.ts';

export interface PageLink {
  text: string;
  href: string;
}

function page(title: string, body: string, options: { script?: string } = {}): string {
  const script = options.script === undefined ? '' : `\n<script src="${escapeHtml(options.script)}" defer></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">${script}
</head>
<body>
${body}
</body>
</html>
`;
}

const link = ({ text, href }: PageLink) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/** A form with one button that posts to `action` (sign out, mark as read: never a GET link). */
const postButton = (action: string, label: string) =>
  `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(label)}</button></form>`;

export interface SignInPageOptions {
  /** Where the form posts: the Network's sign-in page. */
  action: string;
  /** The authorize step to continue to once signed in (a portal sent the visitor), or null. */
  continueTo: string | null;
  wrongPassword: boolean;
}

export function signInPage({ action, continueTo, wrongPassword }: SignInPageOptions): string {
  const problem = wrongPassword ? '<p class="problem" role="alert">Wrong login or password.</p>\n' : '';
  const next = continueTo === null ? '' : `<input type="hidden" name="continue" value="${escapeHtml(continueTo)}">\n`;
  return page(
    'Sign in to Bitrix24',
    `<h1>Sign in to Bitrix24</h1>
${problem}<form method="post" action="${escapeHtml(action)}">
${next}<label>Login (e-mail or phone) <input name="login" type="text" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>
<p>Emulated Bitrix24.Network, for tests: nothing here reaches the real Bitrix24.</p>`,
  );
}

export interface ProfilePageOptions {
  name: string;
  login: string;
  portals: readonly PageLink[];
  createPortal: PageLink;
  /** The profile's actions (change login, change password, …): inert pages here. */
  actions: readonly PageLink[];
  signOutAction: string;
  logOutEverywhereAction: string;
}

export function profilePage(options: ProfilePageOptions): string {
  const portals = options.portals.map((portal) => `<li>${link(portal)}</li>`).join('\n');
  const actions = options.actions.map((action) => `<li>${link(action)}</li>`).join('\n');
  return page(
    `${options.name} - Bitrix24`,
    `<h1>${escapeHtml(options.name)}</h1>
<p>Signed in as ${escapeHtml(options.login)}</p>
<h2>Your Bitrix24</h2>
<ul>
${portals}
</ul>
<p>${link(options.createPortal)}</p>
<h2>Profile</h2>
<ul>
${actions}
</ul>
${postButton(options.logOutEverywhereAction, 'Log out on all devices')}
${postButton(options.signOutAction, 'Sign out')}`,
  );
}

/** A page that only says what it is: "Create Bitrix24" and the profile's actions. */
export function infoPage(title: string, text: string, back: PageLink): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p>${link(back)}</p>`);
}

export interface PortalPageOptions {
  portalTitle: string;
  unread: number;
  personName: string;
  markReadAction: string;
  newMessageAction: string;
  networkProfile: string;
  externalLink: string;
}

/**
 * A portal's home page. Its title carries the unread count as Bitrix24's messenger writes it:
 * "(3) Alpha", or the bare name at zero.
 */
export function portalPage(options: PortalPageOptions): string {
  const title = options.unread > 0 ? `(${options.unread}) ${options.portalTitle}` : options.portalTitle;
  return page(
    title,
    `<h1>${escapeHtml(options.portalTitle)}</h1>
<p>Signed in as ${escapeHtml(options.personName)}. Unread messages: ${options.unread}.</p>
${postButton(options.markReadAction, 'Mark all as read')}
${postButton(options.newMessageAction, 'Receive a test message')}
<p><button type="button" id="show-notification">Show a notification</button> <span id="notification-status" role="status"></span></p>
<ul>
<li>${link({ text: 'Your Bitrix24.Network profile', href: options.networkProfile })}</li>
<li>${link({ text: 'Example site (external)', href: options.externalLink })}</li>
</ul>`,
    { script: PORTAL_SCRIPT_PATH },
  );
}

export function problemPage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`);
}
