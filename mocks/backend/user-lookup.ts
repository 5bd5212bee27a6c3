/** Finding a user by id or by any login they sign in with. */
import type { LoginIdentifier } from './login-identifier.ts';
import type { MockSnapshot, UserRecord } from './state-schema.ts';

export function findUserById(state: MockSnapshot, userId: string): UserRecord | undefined {
  return state.users.find((user) => user.id === userId);
}

export function findUserByLogin(state: MockSnapshot, identifier: LoginIdentifier): UserRecord | undefined {
  switch (identifier.kind) {
    case 'email':
      return state.users.find((user) => user.email?.toLowerCase() === identifier.value);
    case 'phone':
      return state.users.find((user) => user.phone === identifier.value);
    case 'unrecognised':
      return undefined;
  }
}
