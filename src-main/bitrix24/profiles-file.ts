import { join } from 'node:path';
import { z } from 'zod';
import { writeJsonFile } from '../files/json-file.ts';
import { readCheckedJsonFile } from '../files/checked-json-file.ts';
import { MAX_PROFILES, checkProfileName, firstProfiles, isProfileId, profileOf, type ProfilesChange, type ProfilesState } from './profiles.ts';

/** A few hundred bytes per profile: anything near this is not a file this app wrote. */
const MAX_FILE_BYTES = 64 * 1024;

const storedProfile = z.object({
  id: z.string().refine(isProfileId),
  // Only a name the rename rule accepts, exactly as it keeps it (trimmed, NFC).
  name: z.string().refine((name) => {
    const checked = checkProfileName(name);
    return checked.ok && checked.name === name;
  }),
});

const storedProfiles = z
  .object({
    version: z.literal(1),
    activeId: z.string(),
    profiles: z.array(storedProfile).min(1).max(MAX_PROFILES),
  })
  .refine(({ profiles }) => new Set(profiles.map((profile) => profile.id)).size === profiles.length, 'two profiles share an id')
  .refine(({ profiles, activeId }) => profiles.some((profile) => profile.id === activeId), 'the active profile is not in the list');

export interface ProfilesLoad {
  state: ProfilesState;
  /** Set when the file was damaged and a fresh first profile replaced it: where the old file went (null if it could not be moved). */
  damagedFileKeptAs?: string | null;
}

/**
 * The device's profiles, in the app's data folder: not secret (names and random ids; the cookies are
 * in the partitions, encrypted by Electron). Only the id and the name are stored; the partition is
 * always derived from the id, so a file cannot point a profile at another's partition.
 */
export class ProfilesFile {
  readonly file: string;
  private readonly now: () => number;

  constructor(dataDir: string, options: { now?: () => number } = {}) {
    this.file = join(dataDir, 'bitrix24', 'profiles.json');
    this.now = options.now ?? Date.now;
  }

  /** The saved profiles; the first time (or after a damaged file) one profile called "Bitrix24", saved at once. Never throws for what the file holds. */
  load(): ProfilesLoad {
    const read = readCheckedJsonFile(this.file, storedProfiles, { maxBytes: MAX_FILE_BYTES, now: this.now });
    switch (read.status) {
      case 'read':
        return {
          state: { activeId: read.value.activeId, profiles: read.value.profiles.map(({ id, name }) => profileOf(id, name)) },
        };
      case 'missing':
        return { state: this.save(firstProfiles()) };
      case 'damaged':
        // A file that could not be moved aside is not overwritten until the person changes something.
        return { state: read.keptAs === null ? firstProfiles() : this.save(firstProfiles()), damagedFileKeptAs: read.keptAs };
    }
  }

  save(state: ProfilesState): ProfilesState {
    writeJsonFile(this.file, {
      version: 1,
      activeId: state.activeId,
      profiles: state.profiles.map(({ id, name }) => ({ id, name })),
    });
    return state;
  }

  /** Applies one change (add, rename, remove, choose) to the saved profiles and saves it if it was accepted. */
  update(change: (state: ProfilesState) => ProfilesChange): ProfilesChange {
    const result = change(this.load().state);
    if (result.ok) this.save(result.state);
    return result;
  }
}
