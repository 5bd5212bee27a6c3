/** What "Export…" names the downloaded list. */
export const EXPORT_FILE_NAME = 'bitrix24-portals.txt';
