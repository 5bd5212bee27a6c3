/** Network-wide login uniqueness: one e-mail or phone number belongs to at most one Bitrix ID. */
import { activePendingChange } from './pending-login-change.ts';
import type { LoginChannel, MockSnapshot } from './state-schema.ts';

/**
 * Whether anyone but `userId` holds `target` on `channel`, as a login or as a pending change not
 * yet expired (so two people cannot race each other to the same new address).
 */
export function loginTakenByAnother(
  state: MockSnapshot,
  request: { channel: LoginChannel; target: string; userId: string; now: number },
): boolean {
  return state.users.some((user) => {
    if (user.id === request.userId) return false;
    const current = request.channel === 'email' ? user.email?.toLowerCase() : user.phone;
    if (current === request.target) return true;
    const pending = activePendingChange(user, request.now);
    return pending !== null && pending.channel === request.channel && pending.target === request.target;
  });
}
