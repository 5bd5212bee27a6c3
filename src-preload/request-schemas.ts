/**
 * The requests of the contract's channels, as the zod schemas main checks them against. A channel
 * listed here takes the request its schema describes (the contract derives `RequestOf` from it);
 * a channel not listed takes none. Main and the browser harness import this module; the preload and
 * the renderer only its types, so zod stays out of their bundles.
 */
import { z } from 'zod';
import { networkPages, type ChannelName } from './contract.ts';
import {
  MAX_APP_PASSWORD_NAME_LENGTH,
  MAX_IMPORT_FILE_BYTES,
  MAX_LINK_LENGTH,
  MAX_LIVE_PORTAL_VIEWS,
  MIN_LIVE_PORTAL_VIEWS,
  MAX_LOGIN_LENGTH,
  MAX_PORTAL_TITLE_LENGTH,
  MAX_ONE_TIME_CODE_LENGTH,
  MAX_PASSWORD_LENGTH,
} from './field-limits.ts';
import { uiLanguages } from './languages.ts';
import { PORTAL_NAME_PATTERN } from './portal-name.ts';
import { isAllowedProxyUrl } from './proxy-url.ts';
import { isAllowedServerUrl } from './server-url.ts';

const password = z.string().min(1, 'required').max(MAX_PASSWORD_LENGTH, 'too_long');
/**
 * A 6-digit code (an authenticator app's, or one sent by e-mail or text message) or a 10-character
 * recovery code, either typed with spaces or dashes ("123 456", "a7k2m-p9x4w"): other text never
 * reaches the server. Sent as typed (trimmed); the server reads it the same way.
 */
const oneTimeCode = z
  .string()
  .trim()
  .min(1, 'required')
  .max(MAX_ONE_TIME_CODE_LENGTH, 'too_long')
  .refine((code) => /^(?:\d{6}|[a-z\d]{10})$/i.test(code.replace(/[\s-]/g, '')), 'invalid');
/** An id the server gave a listed item (a device's session, an app password). */
const serverItemId = z.string().trim().min(1, 'required').max(128, 'too_long');
/**
 * Control, format and separator characters: invisible, or they reorder or break the text around
 * them. The zero-width joiners are left alone, as emoji and some scripts need them.
 */
const invisibleCharacter = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const visibleText = (text: string): boolean => !invisibleCharacter.test(text.replace(/[\u200C\u200D]/g, ''));

/** https only, except on this machine (loopback), where http is fine for a local server. */
const serverUrl = z
  .string()
  .trim()
  .min(1, 'required')
  .max(MAX_LINK_LENGTH, 'too_long')
  .refine(isAllowedServerUrl, 'invalid');

const socialProviderRequest = z
  .object({ provider: z.string().trim().regex(/^[a-z][a-z0-9-]{0,31}$/, 'invalid') })
  .strict();

/** A server's portal id, or in Bitrix24 mode a portal's origin (a 253-character host, a scheme and a port). */
const portalId = z.string().trim().min(1, 'required').max(300, 'too_long');
/** Parsed in main by the same rules as the list (portal-address.ts); here only bounded. */
const portalAddress = z.string().max(MAX_LINK_LENGTH, 'too_long');
const profileId = z.string().regex(/^[0-9a-f]{32}$/, 'invalid');
/** Checked in main (profiles.ts): not empty, at most 64 characters, no control or direction characters. */
const profileName = z.string().max(256, 'too_long');
const portalRequest = z.object({ portalId }).strict();
const portalZone = z.string().trim().regex(/^[a-z]{2,3}(?:\.[a-z]{2,3})?$/, 'invalid');
const pixels = z.number().finite().min(0).max(100_000);

export const requestSchemas = {
  /** Login is an e-mail or a phone number in any common format; the server decides which. */
  'session.signIn': z
    .object({
      login: z.string().trim().min(1, 'required').max(MAX_LOGIN_LENGTH, 'too_long'),
      password: z.string().min(1, 'required').max(MAX_PASSWORD_LENGTH, 'too_long'),
    })
    .strict(),
  'portals.open': portalRequest,
  'portals.layout': z
    .object({ bounds: z.object({ x: pixels, y: pixels, width: pixels, height: pixels }).strict().nullable() })
    .strict(),
  'portals.signOut': portalRequest,
  'portals.setHidden': z.object({ portalId, hidden: z.boolean() }).strict(),
  'portals.suggestName': z.object({ zone: portalZone }).strict(),
  'portals.add': z.object({ address: portalAddress }).strict(),
  'portals.remove': portalRequest,
  /** The file's text; main refuses it whole past 1 MiB or 10,000 lines (a UTF-16 unit is at least a byte). */
  'portals.import': z.object({ text: z.string().max(MAX_IMPORT_FILE_BYTES, 'too_long') }).strict(),
  'network.open': z.object({ page: z.enum(networkPages) }).strict(),
  'profiles.add': z.object({ name: profileName.optional() }).strict(),
  'profiles.rename': z.object({ id: profileId, name: profileName }).strict(),
  'profiles.remove': z.object({ id: profileId }).strict(),
  'profiles.switch': z.object({ id: profileId }).strict(),
  /** The name is checked by the server; here only its length is bounded so any typed text can be asked about. */
  'portals.checkName': z.object({ name: z.string().max(64, 'too_long'), zone: portalZone }).strict(),
  'portals.create': z
    .object({
      name: z.string().trim().regex(PORTAL_NAME_PATTERN, 'invalid'),
      zone: portalZone,
      /** Empty or left out: the portal is titled after its address. */
      title: z.string().trim().max(MAX_PORTAL_TITLE_LENGTH, 'too_long').optional(),
    })
    .strict(),
  'account.changeLogin': z
    .object({
      channel: z.enum(['email', 'phone']),
      /** Checked for format by the server (e-mail syntax; phones parsed to E.164). */
      value: z.string().trim().min(1, 'required').max(MAX_LOGIN_LENGTH, 'too_long'),
      /** Left out by an account without a password: the proof main holds stands in for it. */
      currentPassword: password.optional(),
      updatePortals: z.boolean(),
    })
    .strict(),
  'session.verifyTwoFactor': z.object({ code: oneTimeCode }).strict(),
  'account.signOutSession': z.object({ id: serverItemId }).strict(),
  'account.sendProofCode': z.object({ channel: z.enum(['email', 'phone']) }).strict(),
  'account.proveWithCode': z.object({ code: oneTimeCode }).strict(),
  'account.proveWithSocial': socialProviderRequest,
  'account.setPassword': z.object({ newPassword: password }).strict(),
  /** The link as the QR code carries it, or its short code typed in. */
  'account.approveQrSignIn': z.object({ link: z.string().trim().min(1, 'required').max(MAX_LINK_LENGTH, 'too_long') }).strict(),
  /** `code` only when two-step is on already (setting it up on a new phone). */
  'twoFactor.beginSetup': z.object({ currentPassword: password, code: oneTimeCode.optional() }).strict(),
  'twoFactor.enable': z.object({ code: oneTimeCode }).strict(),
  'twoFactor.disable': z.object({ currentPassword: password, code: oneTimeCode }).strict(),
  'twoFactor.newRecoveryCodes': z.object({ currentPassword: password, code: oneTimeCode }).strict(),
  /** Not blank, at most 64 characters, nothing invisible (the server checks the same). */
  'appPasswords.create': z
    .object({
      name: z
        .string()
        .trim()
        .min(1, 'required')
        .max(MAX_APP_PASSWORD_NAME_LENGTH, 'too_long')
        .refine(visibleText, 'invalid'),
    })
    .strict(),
  'appPasswords.revoke': z.object({ id: serverItemId }).strict(),
  /** The e-mailed link (`bitrixid://confirm-login?token=…`) or its token pasted in, or the SMS code. */
  'account.confirmLoginChange': z
    .object({ confirmation: z.string().trim().min(1, 'required').max(MAX_LINK_LENGTH, 'too_long') })
    .strict(),
  'account.changePassword': z.object({ currentPassword: password, newPassword: password }).strict(),
  'recovery.request': z.object({ login: z.string().trim().min(1, 'required').max(MAX_LOGIN_LENGTH, 'too_long') }).strict(),
  /** The checkword alone, or the whole `bitrixid://recover?…` link pasted in. */
  'recovery.complete': z
    .object({
      login: z.string().trim().max(MAX_LOGIN_LENGTH, 'too_long'),
      checkword: z.string().trim().min(1, 'required').max(MAX_LINK_LENGTH, 'too_long'),
      newPassword: password,
    })
    .strict(),
  'links.completeRecovery': z.object({ newPassword: password }).strict(),
  'mock.inbox': z.object({ to: z.string().trim().max(MAX_LOGIN_LENGTH, 'too_long').optional() }).strict(),
  'mock.setScenario': z.object({ name: z.string().trim().min(1, 'required').max(64, 'too_long') }).strict(),
  'server.test': z.object({ url: serverUrl }).strict(),
  /** `null` goes back to the embedded mock backend. */
  'settings.update': z
    .object({
      language: z.enum(['system', ...uiLanguages]),
      theme: z.enum(['system', 'light', 'dark']),
      closeToTray: z.boolean(),
      startAtLogin: z.boolean(),
      maxLivePortalViews: z.number().int().min(MIN_LIVE_PORTAL_VIEWS).max(MAX_LIVE_PORTAL_VIEWS),
    })
    .partial()
    .strict(),
  'server.set': z.object({ url: serverUrl.nullable() }).strict(),
  /**
   * The system's proxy settings, or a manual proxy. `credentials`: new ones to keep in the keychain,
   * null to remove the saved ones, absent to keep them.
   */
  'proxy.set': z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('system') }).strict(),
    z
      .object({
        mode: z.literal('manual'),
        url: z.string().trim().max(MAX_LINK_LENGTH, 'too_long').refine(isAllowedProxyUrl, 'invalid'),
        credentials: z
          .object({
            // Basic auth joins the two with a colon, and a header carries no control character.
            username: z
              .string()
              .min(1, 'required')
              .max(MAX_LOGIN_LENGTH, 'too_long')
              .refine((name) => visibleText(name) && !name.includes(':'), 'invalid'),
            password: z.string().min(1, 'required').max(MAX_PASSWORD_LENGTH, 'too_long').refine(visibleText, 'invalid'),
          })
          .strict()
          .nullable()
          .optional(),
      })
      .strict(),
  ]),
  'social.signIn': socialProviderRequest,
  'social.connect': socialProviderRequest,
  'social.disconnect': socialProviderRequest,
} satisfies Partial<Record<ChannelName, z.ZodType>>;

const noRequest = z.undefined();

const takesRequest = (channel: ChannelName): channel is keyof typeof requestSchemas => Object.hasOwn(requestSchemas, channel);

/** The schema a channel's request must match: its entry above, or "no request at all". */
export const requestSchemaOf = (channel: ChannelName): z.ZodType => (takesRequest(channel) ? requestSchemas[channel] : noRequest);
