import { z } from 'zod';

/** Shapes of the server's responses, checked at the client's edge (see mocks/openapi.yaml). */
export const serverErrorBody = z.object({
  error: z.string(),
  message: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
  attempts_left: z.number().int().nonnegative().optional(),
  reason: z.string().optional(),
});

/** 401 on the token endpoint: the first step was right; the second step's token (a secret: main's memory only). */
export const twoFactorRequiredBody = z.object({
  error: z.literal('two_factor_required'),
  mfa_token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export const twoFactorSetupResponse = z.object({
  setup_id: z.string().min(1),
  secret: z.string().regex(/^[A-Z2-7]+$/),
  otpauth_uri: z.string().startsWith('otpauth://totp/'),
  expires_at: z.iso.datetime(),
});
export type TwoFactorSetupResponse = z.infer<typeof twoFactorSetupResponse>;

export const recoveryCodesResponse = z.object({ recovery_codes: z.array(z.string().min(1)).min(1) });

export const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  refresh_token: z.string().min(1),
  user_id: z.string().min(1),
  /** RFC 6749 §3.3, space-separated; absent means what was asked for (a full session). */
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

export const pendingLoginChange = z.object({
  channel: z.enum(['email', 'phone']),
  target: z.string(),
  resend_available_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
});
export type PendingLoginChangeWire = z.infer<typeof pendingLoginChange>;

export const meResponse = z.object({
  id: z.string(),
  name: z.string(),
  last_name: z.string(),
  display_name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  password_changed_at: z.iso.datetime().nullable(),
  pending_login_change: pendingLoginChange.nullable(),
  social_accounts: z.array(z.object({ provider: z.string(), display_name: z.string() })),
  has_password: z.boolean(),
  two_factor: z.object({ enabled: z.boolean(), recovery_codes_left: z.number().int().nonnegative() }),
});
export type MeResponse = z.infer<typeof meResponse>;

const portalItem = z.object({
  id: z.string(),
  title: z.string(),
  domain: z.string(),
  role: z.enum(['admin', 'employee', 'extranet']),
  login: z.string(),
  status: z.enum(['active', 'deleted', 'access_revoked']),
});
export type PortalWire = z.infer<typeof portalItem>;

export const portalsPage = z.object({
  items: z.array(portalItem),
  next_cursor: z.string().nullable(),
  /** All the person's portals, not just this page's. */
  total: z.number().int().nonnegative().optional(),
});
export type PortalsPage = z.infer<typeof portalsPage>;

export const createdPortal = portalItem;

/** The URL's host is checked against the portal's domain before loading (isPortalSignInUrl). */
export const portalSsoLink = z.object({ url: z.url({ protocol: /^https?$/ }), expires_at: z.iso.datetime() });

export const linkedPortalsNotice = z.object({
  newly_linked: z.array(z.object({ id: z.string(), title: z.string(), domain: z.string() })),
});

export const portalZones = z.object({ items: z.array(z.object({ zone: z.string(), domain_suffix: z.string() })) });

export const portalCreationQuota = z.object({ max: z.number().int().min(0), remaining: z.number().int().min(0) });

export const suggestedPortalName = z.object({ name: z.string(), domain: z.string() });
export const portalNameAvailability = z.object({ available: z.boolean(), reason: z.enum(['invalid', 'taken']).optional() });

export const sessionsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      device_name: z.string(),
      client: z.enum(['app', 'browser']),
      location: z.string().nullable(),
      last_active_at: z.iso.datetime(),
      current: z.boolean(),
    }),
  ),
});
export type SessionsResponse = z.infer<typeof sessionsResponse>;

const appPasswordWire = z.object({
  id: z.string().min(1),
  name: z.string(),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime().nullable(),
});
export type AppPasswordWire = z.infer<typeof appPasswordWire>;
export const appPasswordsResponse = z.object({ items: z.array(appPasswordWire) });
export const newAppPasswordResponse = appPasswordWire.extend({ password: z.string().min(1) });
export type NewAppPasswordResponse = z.infer<typeof newAppPasswordResponse>;

export const passwordPolicyResponse = z.object({
  min_length: z.number().int().positive(),
  require_upper: z.boolean(),
  require_lower: z.boolean(),
  require_digit: z.boolean(),
  forbid_login: z.boolean(),
  forbid_current: z.boolean(),
});
export type PasswordPolicyResponse = z.infer<typeof passwordPolicyResponse>;

export const passwordChangedResponse = z.object({ password_changed_at: z.iso.datetime() });

export const proofCodeSentResponse = z.object({
  channel: z.enum(['email', 'phone']),
  sent_to: z.string(),
  resend_available_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
});
export type ProofCodeSentResponse = z.infer<typeof proofCodeSentResponse>;

export const proofIssuedResponse = z.object({ proof_token: z.string().min(1), expires_in: z.number().int().positive() });
export type ProofIssuedResponse = z.infer<typeof proofIssuedResponse>;

export const recoveryRequestedResponse = z.object({ retry_after_seconds: z.number().nonnegative() });

export const socialProvidersResponse = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

export const healthResponse = z.object({ name: z.string(), version: z.string() });

export const emptyResponse = z.unknown();
