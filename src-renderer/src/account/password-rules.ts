import type { PasswordPolicy } from '../../../src-preload/contract.ts';

export type RuleId = 'minLength' | 'upper' | 'lower' | 'digit' | 'notCurrent' | 'noLogin';

export interface RuleCheck {
  id: RuleId;
  met: boolean;
}

/** Shorter pieces of a login would forbid half the alphabet; the server has the last word anyway. */
const minFragment = 3;

/**
 * The parts of a login a password may not contain: an e-mail's local part, a phone's digits.
 * Lower-cased, since the check ignores case.
 */
export function loginFragments(...logins: (string | null | undefined)[]): string[] {
  const fragments = new Set<string>();
  for (const login of logins) {
    const trimmed = login?.trim().toLowerCase() ?? '';
    if (trimmed === '') continue;
    const at = trimmed.lastIndexOf('@');
    const fragment = at > 0 ? trimmed.slice(0, at) : /^[\d\s()+.-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
    if (fragment.length >= minFragment) fragments.add(fragment);
  }
  return [...fragments];
}

/**
 * Checks a new password against the policy, item by item, as the person types. `current` is the
 * current password if the form asks for it (not on recovery, where it is unknown).
 */
export function checkPassword(
  policy: PasswordPolicy,
  password: string,
  context: { current?: string | undefined; logins: string[] },
): RuleCheck[] {
  const typed = password.length > 0;
  const lower = password.toLowerCase();
  const checks: RuleCheck[] = [{ id: 'minLength', met: Array.from(password).length >= policy.minLength }];
  if (policy.requireUpper) checks.push({ id: 'upper', met: /\p{Lu}/u.test(password) });
  if (policy.requireLower) checks.push({ id: 'lower', met: /\p{Ll}/u.test(password) });
  if (policy.requireDigit) checks.push({ id: 'digit', met: /\p{Nd}/u.test(password) });
  if (policy.forbidCurrent && context.current !== undefined) {
    checks.push({ id: 'notCurrent', met: typed && password !== context.current });
  }
  if (policy.forbidLogin && context.logins.length > 0) {
    checks.push({ id: 'noLogin', met: typed && context.logins.every((fragment) => !lower.includes(fragment)) });
  }
  return checks;
}

export type Strength = 'weak' | 'fair' | 'good' | 'strong';
const strengthLevels: readonly Strength[] = ['weak', 'fair', 'good', 'strong'];

/**
 * A rough local estimate, 0–4: length and the variety of characters. It only guides the person;
 * the policy above is what the server enforces.
 */
export function strengthScore(password: string): number {
  const length = Array.from(password).length;
  if (length === 0) return 0;
  const classes = [/\p{Lu}/u, /\p{Ll}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((pattern) => pattern.test(password)).length;
  let score = 0;
  if (length >= 8) score++;
  if (length >= 12) score++;
  if (classes >= 3) score++;
  if (classes === 4 || length >= 16) score++;
  // A long password of one kind of character is still weak.
  if (classes === 1) score = Math.min(score, 1);
  return Math.min(score, 4);
}

/** The meter never says Strong while the checklist has an unmet rule: the server would refuse it. */
export const strengthWithRules = (password: string, checks: readonly RuleCheck[]): number =>
  checks.some((check) => !check.met) ? Math.min(strengthScore(password), 2) : strengthScore(password);

export const strengthOf = (score: number): Strength => strengthLevels[Math.max(0, Math.min(3, score - 1))] ?? 'weak';
