/**
 * The loopback bridge's wire protocol, shared by the harness server, the in-page bridge script
 * and the e2e suite. Browser-safe: no Node imports.
 */

/** `POST <prefix><channel>`; JSON body = the request, response = the `Result` JSON. */
export const INVOKE_PATH_PREFIX = '/__bridge/invoke/';
/** `GET` Server-Sent Events: one SSE event per contract event, `data` = the JSON payload. */
export const EVENTS_PATH = '/__bridge/events';
/** `POST` `{ "link": "bitrixid://…" }` with the secret header: a link handed over as by a second launch. */
export const OPEN_LINK_PATH = '/__bridge/open-link';
/** Every bridge path starts with this; anything else under it is a 404. */
export const BRIDGE_PATH_PREFIX = '/__bridge/';
/** The bundled bridge (out/harness/bridge.js), injected into the served index.html. */
export const BRIDGE_SCRIPT_PATH = '/__harness/bridge.js';

/**
 * The answer to a call that carries a secret, but not this run's: the page was opened from an earlier
 * run of the harness. Told apart from a call with no secret (403) so the page can say what happened;
 * it tells a caller nothing it did not know (its secret is wrong either way).
 */
export const STALE_SECRET_STATUS = 410;

/** The per-run secret on invoke calls. */
export const SECRET_HEADER = 'x-bitrix-id-harness-secret';
/** The per-run secret on the event stream (EventSource cannot set headers), and in the URL fragment. */
export const SECRET_PARAM = 'secret';
/** Where the bridge script keeps the secret so a reload still works. */
export const SECRET_STORAGE_KEY = 'bitrixId.harnessSecret';

export const MAX_BODY_BYTES = 64 * 1024;

/** The line the CLI prints; tests parse it. */
export const URL_LINE_PREFIX = 'Bitrix ID web harness: ';

/** The line the harness prints for each URL the app asks to open in the system browser. */
export const OPEN_EXTERNAL_PREFIX = 'Bitrix ID web harness opens: ';
