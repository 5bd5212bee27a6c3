/** The rules a new password must meet: Bitrix24's "middle" security preset. */
import type { FieldErrorCode } from './field-codes.ts';
import { nationalSignificantNumber } from './login-identifier.ts';

export interface PasswordPolicy {
  minLength: number;
  requireUpper: boolean;
  requireLower: boolean;
  requireDigit: boolean;
  /** No e-mail local part (3+ characters) or phone national number inside the password. */
  forbidLogin: boolean;
  /** The new password may not equal the current one. */
  forbidCurrent: boolean;
}

export const PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minLength: 8,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  forbidLogin: true,
  forbidCurrent: true,
});

/** Shorter local parts ("al@…") would forbid far too many ordinary passwords. */
const MIN_FORBIDDEN_LOCAL_PART_LENGTH = 3;

export interface PasswordOwner {
  email: string | null;
  /** E.164. */
  phone: string | null;
}

function containsLogin(password: string, owner: PasswordOwner): boolean {
  const lowered = password.toLowerCase();
  const localPart = owner.email?.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= MIN_FORBIDDEN_LOCAL_PART_LENGTH && lowered.includes(localPart)) return true;
  const national = owner.phone === null ? null : nationalSignificantNumber(owner.phone);
  return national !== null && national !== '' && password.includes(national);
}

/**
 * The first rule the password breaks, in the order the app lists them, or null when it meets them
 * all. `sameAsCurrent` comes from the caller, who alone can compare against the stored hash.
 */
export function passwordPolicyViolation(
  password: string,
  context: { owner: PasswordOwner; sameAsCurrent: boolean },
  policy: PasswordPolicy = PASSWORD_POLICY,
): FieldErrorCode | null {
  // Code points, not UTF-16 units: an emoji is one character to the person typing it.
  if ([...password].length < policy.minLength) return 'too_short';
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) return 'needs_upper';
  if (policy.requireLower && !/\p{Ll}/u.test(password)) return 'needs_lower';
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) return 'needs_digit';
  if (policy.forbidCurrent && context.sameAsCurrent) return 'same_as_current';
  if (policy.forbidLogin && containsLogin(password, context.owner)) return 'contains_login';
  return null;
}
