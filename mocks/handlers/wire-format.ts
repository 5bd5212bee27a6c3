/** The backend's TypeScript views in the API's snake_case JSON. */
import type { SessionSummary, UserProfile } from '../backend/account-views.ts';
import type { MockInboxMessage } from '../backend/outbox.ts';
import type { PendingLoginChange } from '../backend/pending-login-change.ts';

export function pendingLoginChangeBody(pending: PendingLoginChange) {
  return {
    channel: pending.channel,
    target: pending.target,
    resend_available_at: pending.resendAvailableAt,
    expires_at: pending.expiresAt,
  };
}

export function profileBody(profile: UserProfile) {
  return {
    id: profile.id,
    name: profile.name,
    last_name: profile.lastName,
    display_name: profile.displayName,
    email: profile.email,
    phone: profile.phone,
    password_changed_at: profile.passwordChangedAt,
    pending_login_change: profile.pendingLoginChange ? pendingLoginChangeBody(profile.pendingLoginChange) : null,
    social_accounts: profile.socialAccounts.map((account) => ({
      provider: account.provider,
      display_name: account.displayName,
    })),
    has_password: profile.hasPassword,
    two_factor: { enabled: profile.twoFactor.enabled, recovery_codes_left: profile.twoFactor.recoveryCodesLeft },
  };
}

export function sessionBody(session: SessionSummary) {
  return {
    id: session.id,
    device_name: session.deviceName,
    client: session.client,
    location: session.location,
    last_active_at: session.lastActiveAt,
    current: session.current,
  };
}

export function inboxMessageBody(message: MockInboxMessage) {
  return {
    to: message.to,
    channel: message.channel,
    subject: message.subject,
    text: message.text,
    link: message.link,
    code: message.code,
    checkword: message.checkword,
    sent_at: message.sentAt,
  };
}
