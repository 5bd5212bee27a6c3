import { useEffect, useState } from 'react';
import { PORTAL_NAME_PATTERN } from '../../../src-preload/portal-name.ts';
import { call } from '../bridge/bitrix-id.ts';

/** Quiet time after the last keystroke before the server is asked, so typing a name asks once. */
const CHECK_DELAY_MS = 300;

/** `invalid`: breaks the naming rules; `checking`: asked (or about to ask); `failed`: the server could not say. */
export type NameState = 'invalid' | 'checking' | 'available' | 'taken' | 'failed';

interface Answer {
  name: string;
  zone: string;
  state: NameState;
}

/**
 * Whether a new portal's name is free in the zone: the rules are checked here as the person types,
 * the server is asked once they pause. An answer counts only for the name and zone it was asked
 * about, so a late answer for an earlier name is never shown.
 */
export function useNameCheck(name: string, zone: string | null) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const valid = PORTAL_NAME_PATTERN.test(name);

  useEffect(() => {
    if (zone === null || !valid) return;
    let current = true;
    const timer = setTimeout(() => {
      void call((api) => api.portals.checkName({ name, zone })).then((result) => {
        if (!current) return;
        let state: NameState = 'failed';
        if (result.ok) state = result.value.available ? 'available' : result.value.reason === 'invalid' ? 'invalid' : 'taken';
        setAnswer({ name, zone, state });
      });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, zone, valid]);

  const known = answer !== null && answer.name === name && answer.zone === zone ? answer.state : null;
  const state: NameState = valid ? (known ?? 'checking') : 'invalid';
  /** The server refused to create it under this name: it is taken after all. */
  const markTaken = () => {
    if (zone !== null) setAnswer({ name, zone, state: 'taken' });
  };
  return { state, markTaken };
}
