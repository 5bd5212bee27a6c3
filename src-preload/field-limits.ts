/**
 * The bridge's length limits, zod-free so the renderer can check them as the person types; the
 * contract's schemas enforce the same numbers in main.
 */
export const MAX_LOGIN_LENGTH = 255;
/** A portal's title (the API's `title` maxLength). */
export const MAX_PORTAL_TITLE_LENGTH = 255;
export const MAX_PASSWORD_LENGTH = 1024;
/** Pasted links and codes, and server addresses. */
export const MAX_LINK_LENGTH = 2048;
/** A Bitrix24 profile's name, in characters as the person sees them (code points). */
export const MAX_PROFILE_NAME_LENGTH = 64;
/** A file of portal addresses to import. */
export const MAX_IMPORT_FILE_BYTES = 1024 * 1024;
/** A one-time code typed in: a 6-digit TOTP or SMS code, or a recovery code (with spaces or dashes). */
export const MAX_ONE_TIME_CODE_LENGTH = 64;
/** An application password's name, as the person sees it. */
export const MAX_APP_PASSWORD_NAME_LENGTH = 64;
/** How many portal views may stay alive (each is a renderer process): the Settings screen's range. */
export const MIN_LIVE_PORTAL_VIEWS = 1;
export const MAX_LIVE_PORTAL_VIEWS = 50;
