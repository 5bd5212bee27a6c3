/** Ending sessions: a revoked session's refresh token and every access token it holds stop working. */
import type { MockSnapshot, SessionRecord } from './state-schema.ts';

export function revokeSession(state: MockSnapshot, session: SessionRecord): void {
  session.revoked = true;
  state.accessTokens = state.accessTokens.filter((record) => record.sessionId !== session.id);
}

/** Every live session of the user, whichever device or browser holds it. */
export function revokeAllSessionsOf(state: MockSnapshot, userId: string): void {
  for (const session of state.sessions) {
    if (session.userId === userId && !session.revoked) revokeSession(state, session);
  }
}
