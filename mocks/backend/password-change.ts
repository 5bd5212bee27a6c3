/** Changing the password while signed in: the current password first, then the policy. */
import { ACCOUNT_GONE, type AccountGone, type BackendContext, type InvalidFields } from './backend-context.ts';
import { checkCurrentPassword, type CurrentPasswordFailure } from './current-password.ts';
import { hashPassword } from './password-hash.ts';
import { passwordPolicyViolation } from './password-policy.ts';
import type { UserRecord } from './state-schema.ts';

export type PasswordChangeOutcome =
  | { ok: true; passwordChangedAt: string }
  | CurrentPasswordFailure
  | InvalidFields
  | AccountGone;

/** Other sessions stay signed in; only signing in with the old password stops working. */
export async function changePassword(
  context: BackendContext,
  user: UserRecord | undefined,
  request: { currentPassword: string; newPassword: string },
): Promise<PasswordChangeOutcome> {
  if (!user) return ACCOUNT_GONE;
  const password = await checkCurrentPassword(context, user, request.currentPassword);
  if (!password.ok) return password;

  const violation = passwordPolicyViolation(request.newPassword, {
    owner: user,
    // The current password was just verified, so comparing the plain strings is exact.
    sameAsCurrent: request.newPassword === request.currentPassword,
  });
  if (violation) return { ok: false, error: 'invalid_request', fields: { new_password: violation } };

  user.passwordHash = await hashPassword(request.newPassword);
  const now = context.now();
  user.passwordChangedAt = now;
  context.changed();
  return { ok: true, passwordChangedAt: new Date(now).toISOString() };
}
