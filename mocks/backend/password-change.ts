/**
 * Changing the password while signed in: the current password first (or, for an account that has
 * none yet, a proof token: setting the first password), then the policy.
 */
import { ACCOUNT_GONE, type AccountGone, type BackendContext, type InvalidFields } from './backend-context.ts';
import type { CurrentPasswordFailure } from './current-password.ts';
import { hashPassword } from './password-hash.ts';
import { passwordPolicyViolation } from './password-policy.ts';
import { checkChangeAuthority, PROOF_REQUIRED, type ChangeAuthority, type ProofRequired } from './proof.ts';
import type { ProofStore } from './proof-store.ts';
import type { UserRecord } from './state-schema.ts';

export type PasswordChangeOutcome =
  | { ok: true; passwordChangedAt: string }
  | CurrentPasswordFailure
  | InvalidFields
  | ProofRequired
  | AccountGone;

/** Other sessions stay signed in; only signing in with the old password stops working. */
export async function changePassword(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord | undefined,
  request: ChangeAuthority & { newPassword: string },
): Promise<PasswordChangeOutcome> {
  if (!user) return ACCOUNT_GONE;
  const authority = await checkChangeAuthority(context, proofs, user, request);
  if (!authority.ok) return authority;

  const violation = passwordPolicyViolation(request.newPassword, {
    owner: user,
    // The current password (if any) was just verified, so comparing the plain strings is exact.
    sameAsCurrent: request.currentPassword !== undefined && request.newPassword === request.currentPassword,
  });
  if (violation) return { ok: false, error: 'invalid_request', fields: { new_password: violation } };
  if (!authority.useUp()) return PROOF_REQUIRED;

  user.passwordHash = await hashPassword(request.newPassword);
  const now = context.now();
  user.passwordChangedAt = now;
  context.changed();
  return { ok: true, passwordChangedAt: new Date(now).toISOString() };
}
