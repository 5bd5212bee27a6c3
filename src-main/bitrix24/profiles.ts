import { randomBytes } from 'node:crypto';
import { containsHidden } from '../security/hidden-characters.ts';
import { MAX_PROFILE_NAME_LENGTH } from '../../src-preload/field-limits.ts';

/**
 * A profile is one person's Bitrix ID on this device: one persistent session partition holding the
 * Network's and the portals' cookies. Its id is random, never derived from an e-mail or a name, so
 * neither the partition nor any file name tells who it is. Lowercase hex, because Electron folds a
 * partition's name to lower case for its folder on disk: ids differing only in case would share one.
 */
export interface Profile {
  id: string;
  name: string;
  partition: string;
}

export interface ProfilesState {
  profiles: Profile[];
  activeId: string;
}

/** What the person is called before they name the profile or the Network's page says who they are. */
export const DEFAULT_PROFILE_NAME = 'Bitrix24';
/** Each profile is a partition on disk and a switcher entry; more than this is a mistake, not a need. */
export const MAX_PROFILES = 20;

const PROFILE_ID = /^[0-9a-f]{32}$/u;

export const isProfileId = (value: string): boolean => PROFILE_ID.test(value);

/** A fresh id: 128 random bits. */
export const newProfileId = (): string => randomBytes(16).toString('hex');

export const profilePartition = (id: string): string => `persist:bitrix24-${id}`;

export const profileOf = (id: string, name: string): Profile => ({ id, name, partition: profilePartition(id) });

/** Why a name was refused: a closed list, so the renderer's catalogues can have a sentence for each. */
export const PROFILE_NAME_PROBLEMS = ['empty', 'too_long', 'control_character', 'bidi_control'] as const;
export type ProfileNameRefusal = (typeof PROFILE_NAME_PROBLEMS)[number];
export type ProfileNameResult = { ok: true; name: string } | { ok: false; reason: ProfileNameRefusal };

/** A name as the person gave it, trimmed and in one Unicode form; 1 to 64 characters, nothing hidden. */
export function checkProfileName(input: string): ProfileNameResult {
  const name = input.normalize('NFC').trim();
  if (name === '') return { ok: false, reason: 'empty' };
  if (containsHidden(name, ['controls'])) return { ok: false, reason: 'control_character' };
  // Reordered text lets one name pose as another.
  if (containsHidden(name, ['bidi'])) return { ok: false, reason: 'bidi_control' };
  // Counted in code points, so an emoji is one character, as the person sees it.
  if ([...name].length > MAX_PROFILE_NAME_LENGTH) return { ok: false, reason: 'too_long' };
  return { ok: true, name };
}

/** The state on a device that has none yet: one profile called "Bitrix24", active. */
export function firstProfiles(id: string = newProfileId()): ProfilesState {
  return { profiles: [profileOf(id, DEFAULT_PROFILE_NAME)], activeId: id };
}

export const PROFILES_PROBLEMS = [...PROFILE_NAME_PROBLEMS, 'unknown_profile', 'too_many_profiles', 'last_profile'] as const;
export type ProfilesRefusal = (typeof PROFILES_PROBLEMS)[number];
export type ProfilesChange = { ok: true; state: ProfilesState } | { ok: false; reason: ProfilesRefusal };

/** "Bitrix24", then "Bitrix24 2", "Bitrix24 3", …: the first that no profile has yet. */
export function nextDefaultName(state: ProfilesState): string {
  const taken = new Set(state.profiles.map((profile) => profile.name));
  if (!taken.has(DEFAULT_PROFILE_NAME)) return DEFAULT_PROFILE_NAME;
  let number = 2;
  while (taken.has(`${DEFAULT_PROFILE_NAME} ${number}`)) number += 1;
  return `${DEFAULT_PROFILE_NAME} ${number}`;
}

/** "Add another Bitrix ID": a new profile with its own partition, made active. */
export function addProfile(state: ProfilesState, name?: string, id: string = newProfileId()): ProfilesChange {
  if (state.profiles.length >= MAX_PROFILES) return { ok: false, reason: 'too_many_profiles' };
  const checked = checkProfileName(name ?? nextDefaultName(state));
  if (!checked.ok) return checked;
  if (!isProfileId(id) || state.profiles.some((profile) => profile.id === id)) throw new Error('A new profile needs a fresh id.');
  return { ok: true, state: { profiles: [...state.profiles, profileOf(id, checked.name)], activeId: id } };
}

export function renameProfile(state: ProfilesState, id: string, name: string): ProfilesChange {
  if (!state.profiles.some((profile) => profile.id === id)) return { ok: false, reason: 'unknown_profile' };
  const checked = checkProfileName(name);
  if (!checked.ok) return checked;
  return {
    ok: true,
    state: { ...state, profiles: state.profiles.map((profile) => (profile.id === id ? profileOf(id, checked.name) : profile)) },
  };
}

/**
 * Removes a profile from the list; the caller then clears its partition and deletes its portal list.
 * The last one stays (the mode always has a profile: signing out empties it instead). Removing the
 * active one makes the first remaining one active.
 */
export function removeProfile(state: ProfilesState, id: string): ProfilesChange {
  if (!state.profiles.some((profile) => profile.id === id)) return { ok: false, reason: 'unknown_profile' };
  if (state.profiles.length === 1) return { ok: false, reason: 'last_profile' };
  const profiles = state.profiles.filter((profile) => profile.id !== id);
  const [first] = profiles;
  const activeId = state.activeId === id && first !== undefined ? first.id : state.activeId;
  return { ok: true, state: { profiles, activeId } };
}

export function chooseActiveProfile(state: ProfilesState, id: string): ProfilesChange {
  if (!state.profiles.some((profile) => profile.id === id)) return { ok: false, reason: 'unknown_profile' };
  return { ok: true, state: { ...state, activeId: id } };
}

export function activeProfile(state: ProfilesState): Profile {
  const active = state.profiles.find((profile) => profile.id === state.activeId);
  if (active === undefined) throw new Error('The active profile is not in the list.');
  return active;
}
