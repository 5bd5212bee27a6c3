/**
 * The emulated Bitrix24's only static files: one stylesheet and the portal's one script. Served
 * same-origin, so the pages need no inline code and keep a strict Content-Security-Policy.
 */

export const STYLESHEET_PATH = '/assets/site.css';
export const PORTAL_SCRIPT_PATH = '/assets/portal.js';

export const STYLESHEET = `body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1f24; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
form { margin: 1rem 0; }
label { display: block; margin: 0.5rem 0; }
input { font: inherit; padding: 0.3rem; }
button { font: inherit; padding: 0.3rem 0.8rem; }
.problem { color: #a00; }
ul { padding-left: 1.2rem; }
`;

/**
 * "Show a notification": asks for the permission as a portal's messenger does, then shows one. In
 * Electron the app decides the permission (a portal's own origin may); in the harness's sandboxed
 * frame the browser refuses it, and the page says so.
 */
export const PORTAL_SCRIPT = `'use strict';
const button = document.getElementById('show-notification');
const status = document.getElementById('notification-status');
if (button && status) {
  button.addEventListener('click', () => {
    if (typeof Notification === 'undefined') {
      status.textContent = 'Notifications are not available here.';
      return;
    }
    Notification.requestPermission().then((permission) => {
      if (permission !== 'granted') {
        status.textContent = 'Notifications are not allowed here.';
        return;
      }
      new Notification(document.querySelector('h1')?.textContent ?? 'Bitrix24', { body: 'You have a new message.' });
      status.textContent = 'A notification was shown.';
    }, () => {
      status.textContent = 'Notifications are not allowed here.';
    });
  });
}
`;
