/**
 * A portal's name (the first label of its address): 3–30 lower-case letters, digits and hyphens,
 * not starting or ending with a hyphen. Zod-free, so the renderer can check names as they are typed
 * without bundling the contract's schemas.
 */
export const PORTAL_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$/;
