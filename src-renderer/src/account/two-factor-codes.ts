/** What "Save as file" names the recovery codes. */
export const RECOVERY_CODES_FILE_NAME = 'bitrix-id-recovery-codes.txt';

/** Which code the person types: the app's 6 digits, or one of their recovery codes. */
export type CodeKind = 'app' | 'recovery';

/** Why a typed code is not sent; the form has a sentence for each. */
export type CodeProblem = 'required' | 'six_digits' | 'recovery_required' | 'recovery_shape';

/**
 * The code as it is sent, or why it is not: an app's code may be typed with spaces ("123 456", as
 * the app shows it) and is sent as its 6 digits; a recovery code is 10 letters and digits, however
 * spaced or dashed (the bridge's rule too), and is sent trimmed.
 */
export function checkCode(kind: CodeKind, typed: string): { code: string } | { problem: CodeProblem } {
  if (kind === 'app') {
    const digits = typed.replace(/[\s-]/g, '');
    if (digits === '') return { problem: 'required' };
    return /^\d{6}$/.test(digits) ? { code: digits } : { problem: 'six_digits' };
  }
  const code = typed.trim();
  if (code === '') return { problem: 'recovery_required' };
  return /^[a-z0-9]{10}$/i.test(code.replace(/[\s-]/g, '')) ? { code } : { problem: 'recovery_shape' };
}

/** A base32 secret in groups of four ("JBSW Y3DP EHPK 3PXP"), as people copy it into an app by hand. */
export const inGroupsOfFour = (secret: string): string => (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');

/** A 6-digit code as authenticator apps show it: "123 456". */
export const forReading = (code: string): string => (/^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/** The recovery codes as a text file and on the clipboard: one per line. */
export const recoveryCodesText = (codes: readonly string[]): string => codes.map((code) => `${code}\n`).join('');
