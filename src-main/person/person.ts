/**
 * Who is signed in: one person on one server. What belongs to a person (the cached portal list,
 * the prefs, each portal's cookies, the views) is kept per person, so two people, or one person on
 * two servers, never see each other's.
 */
export interface Person {
  serverUrl: string;
  userId: string;
}

export const samePerson = (a: Person | null, b: Person | null): boolean =>
  a !== null && b !== null && a.serverUrl === b.serverUrl && a.userId === b.userId;
