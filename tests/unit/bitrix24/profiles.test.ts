import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROFILE_NAME,
  MAX_PROFILES,
  activeProfile,
  addProfile,
  checkProfileName,
  chooseActiveProfile,
  firstProfiles,
  isProfileId,
  newProfileId,
  profilePartition,
  removeProfile,
  renameProfile,
  type ProfilesChange,
  type ProfilesState,
} from '../../../src-main/bitrix24/profiles.ts';

const accepted = (change: ProfilesChange): ProfilesState => {
  if (!change.ok) throw new Error(`refused: ${change.reason}`);
  return change.state;
};

const withProfiles = (count: number): ProfilesState => {
  let state = firstProfiles();
  for (let index = 1; index < count; index += 1) state = accepted(addProfile(state));
  return state;
};

describe('profile ids and partitions', () => {
  it('are random lowercase hex, 128 bits', () => {
    const ids = new Set(Array.from({ length: 1000 }, newProfileId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isProfileId(id)).toBe(true);
  });

  it('give each profile a persistent partition named by its id only', () => {
    const id = newProfileId();
    expect(profilePartition(id)).toBe(`persist:bitrix24-${id}`);
  });

  it('refuse ids that are not 32 lowercase hex digits', () => {
    for (const bad of ['', 'ABCDEF0123456789ABCDEF0123456789', '0123456789abcdef0123456789abcde', '0123456789abcdef0123456789abcdef0', '../../../../etc/passwd0123456789a', 'anna@example.com']) {
      expect(isProfileId(bad), bad).toBe(false);
    }
  });

  it('are never shared by two profiles', () => {
    const state = withProfiles(MAX_PROFILES);
    expect(new Set(state.profiles.map((profile) => profile.partition)).size).toBe(MAX_PROFILES);
  });

  it('do not follow the name: a renamed profile keeps its partition, two of the same name have two', () => {
    const state = accepted(addProfile(firstProfiles(), 'anna@example.com'));
    const [first, second] = state.profiles;
    if (first === undefined || second === undefined) throw new Error('two profiles expected');
    const renamed = accepted(renameProfile(state, first.id, 'anna@example.com'));
    expect(renamed.profiles.map((profile) => profile.partition)).toEqual([first.partition, second.partition]);
    expect(first.partition).not.toBe(second.partition);
    expect(second.partition).not.toContain('anna');
  });
});

describe('the first profile', () => {
  it('is called "Bitrix24" and is active', () => {
    const state = firstProfiles();
    expect(state.profiles.map((profile) => profile.name)).toEqual([DEFAULT_PROFILE_NAME]);
    expect(activeProfile(state).name).toBe('Bitrix24');
  });
});

describe('checkProfileName', () => {
  it('trims and keeps a name of 1 to 64 characters', () => {
    expect(checkProfileName('  Anna at Acme  ')).toEqual({ ok: true, name: 'Anna at Acme' });
    expect(checkProfileName('Анна')).toEqual({ ok: true, name: 'Анна' });
    expect(checkProfileName('x'.repeat(64))).toEqual({ ok: true, name: 'x'.repeat(64) });
  });

  it('counts an emoji as one character and keeps joined emoji', () => {
    expect(checkProfileName('😀'.repeat(64)).ok).toBe(true);
    expect(checkProfileName('👩‍💻 Work')).toEqual({ ok: true, name: '👩‍💻 Work' });
  });

  it('keeps one Unicode form, so the same name is the same text', () => {
    expect(checkProfileName('Ame\u0301lie')).toEqual({ ok: true, name: 'Am\u00E9lie' });
  });

  it('refuses an empty or blank name', () => {
    for (const bad of ['', '   ', '\t\n']) expect(checkProfileName(bad)).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a name over 64 characters', () => {
    expect(checkProfileName('x'.repeat(65))).toEqual({ ok: false, reason: 'too_long' });
  });

  it('refuses control characters and line breaks inside a name', () => {
    for (const bad of ['Anna\u0000', 'An\nna', 'An\tna', 'Anna\u007F', 'An\u0085na', 'An\u2028na', 'An\u2029na']) {
      expect(checkProfileName(bad), JSON.stringify(bad)).toEqual({ ok: false, reason: 'control_character' });
    }
  });

  it('refuses bidi controls, which could make one name look like another', () => {
    for (const bad of ['Anna\u202Emoc.evil', '\u200FAnna', 'An\u200Ena', 'Anna\u2066x\u2069', 'Anna\u061C']) {
      expect(checkProfileName(bad), JSON.stringify(bad)).toEqual({ ok: false, reason: 'bidi_control' });
    }
  });
});

describe('addProfile', () => {
  it('adds another profile with its own partition and makes it active', () => {
    const state = accepted(addProfile(firstProfiles(), 'Work'));
    expect(state.profiles.map((profile) => profile.name)).toEqual(['Bitrix24', 'Work']);
    expect(activeProfile(state).name).toBe('Work');
  });

  it('names an unnamed profile "Bitrix24 2", "Bitrix24 3", …', () => {
    const state = withProfiles(3);
    expect(state.profiles.map((profile) => profile.name)).toEqual(['Bitrix24', 'Bitrix24 2', 'Bitrix24 3']);
    const renamed = accepted(renameProfile(state, state.activeId, 'Home'));
    expect(accepted(addProfile(renamed)).profiles.at(-1)?.name).toBe('Bitrix24 3');
  });

  it('refuses a bad name', () => {
    expect(addProfile(firstProfiles(), ' ')).toEqual({ ok: false, reason: 'empty' });
  });

  it(`stops at ${MAX_PROFILES} profiles`, () => {
    expect(addProfile(withProfiles(MAX_PROFILES))).toEqual({ ok: false, reason: 'too_many_profiles' });
  });

  it('never reuses an id', () => {
    const state = firstProfiles();
    expect(() => addProfile(state, 'Twin', state.activeId)).toThrow();
    expect(() => addProfile(state, 'Bad', 'not-an-id')).toThrow();
  });
});

describe('renameProfile', () => {
  it('renames one profile and keeps the others', () => {
    const state = withProfiles(2);
    const [first] = state.profiles;
    if (first === undefined) throw new Error('a profile expected');
    const renamed = accepted(renameProfile(state, first.id, '  Anna  '));
    expect(renamed.profiles.map((profile) => profile.name)).toEqual(['Anna', 'Bitrix24 2']);
    expect(renamed.activeId).toBe(state.activeId);
  });

  it('refuses an unknown profile and a bad name, changing nothing', () => {
    const state = firstProfiles();
    expect(renameProfile(state, newProfileId(), 'Anna')).toEqual({ ok: false, reason: 'unknown_profile' });
    expect(renameProfile(state, state.activeId, 'x'.repeat(65))).toEqual({ ok: false, reason: 'too_long' });
    expect(renameProfile(state, state.activeId, 'A\u202Eb')).toEqual({ ok: false, reason: 'bidi_control' });
    expect(activeProfile(state).name).toBe('Bitrix24');
  });
});

describe('removeProfile', () => {
  it('removes a profile that is not active and keeps the active one', () => {
    const state = withProfiles(3);
    const [first] = state.profiles;
    if (first === undefined) throw new Error('a profile expected');
    const removed = accepted(removeProfile(state, first.id));
    expect(removed.profiles.map((profile) => profile.name)).toEqual(['Bitrix24 2', 'Bitrix24 3']);
    expect(removed.activeId).toBe(state.activeId);
  });

  it('makes the first remaining profile active when the active one goes', () => {
    const state = withProfiles(3);
    const removed = accepted(removeProfile(state, state.activeId));
    expect(activeProfile(removed).name).toBe('Bitrix24');
  });

  it('keeps the last profile', () => {
    const state = firstProfiles();
    expect(removeProfile(state, state.activeId)).toEqual({ ok: false, reason: 'last_profile' });
  });

  it('refuses an unknown profile', () => {
    expect(removeProfile(withProfiles(2), newProfileId())).toEqual({ ok: false, reason: 'unknown_profile' });
  });
});

describe('chooseActiveProfile', () => {
  it('makes another profile active', () => {
    const state = withProfiles(2);
    const [first] = state.profiles;
    if (first === undefined) throw new Error('a profile expected');
    expect(activeProfile(accepted(chooseActiveProfile(state, first.id))).id).toBe(first.id);
  });

  it('refuses an unknown profile', () => {
    expect(chooseActiveProfile(firstProfiles(), newProfileId())).toEqual({ ok: false, reason: 'unknown_profile' });
  });
});
