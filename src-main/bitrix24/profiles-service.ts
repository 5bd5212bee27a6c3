import { fail, ok, type BridgeError, type Result, type WebProfiles } from '../../src-preload/contract.ts';
import type { Logger } from '../logging/logger.ts';
import {
  activeProfile,
  addProfile,
  chooseActiveProfile,
  removeProfile,
  renameProfile,
  type Profile,
  type ProfilesChange,
  type ProfilesRefusal,
  type ProfilesState,
} from './profiles.ts';
import type { ProfilesFile } from './profiles-file.ts';
import type { WebViewHost } from './web-view-host.ts';

/** A refusal as the contract words it: a name's problem is the `name` field's. */
export function profilesError(reason: ProfilesRefusal): BridgeError {
  switch (reason) {
    case 'empty':
      return { code: 'validation', fields: { name: 'required' } };
    case 'too_long':
      return { code: 'validation', fields: { name: 'too_long' } };
    case 'control_character':
    case 'bidi_control':
      return { code: 'validation', fields: { name: 'invalid' } };
    case 'too_many_profiles':
      return { code: 'profile_limit_reached' };
    case 'last_profile':
      return { code: 'last_profile' };
    case 'unknown_profile':
      return { code: 'not_found' };
  }
}

export const toWebProfiles = (state: ProfilesState): WebProfiles => ({
  profiles: state.profiles.map(({ id, name }) => ({ id, name })),
  activeId: state.activeId,
});

export interface ProfilesServiceDeps {
  file: ProfilesFile;
  /** The profiles as loaded when the connection opened. */
  initial: ProfilesState;
  host: Pick<WebViewHost, 'clearPartition'>;
  /** Closes the profile's views if it is the one shown: nothing may be open while its partition is cleared. */
  closeViews(profileId: string): void;
  /** Deletes what the profile keeps beside its partition: its portal list and their use. */
  deleteFiles(profileId: string): void;
  /** The profiles or the one shown changed, and the file says so already. */
  changed(state: ProfilesState, previous: ProfilesState): void;
  log: Logger;
}

/**
 * This device's Bitrix24 profiles and the one shown: the `profiles.*` channels. Each change is
 * written to the file before it is announced, and changes run one at a time, so that a removal
 * clearing a partition is never crossed by another change.
 */
export class ProfilesService {
  private readonly deps: ProfilesServiceDeps;
  private state: ProfilesState;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(deps: ProfilesServiceDeps) {
    this.deps = deps;
    this.state = deps.initial;
  }

  get active(): Profile {
    return activeProfile(this.state);
  }

  async list(): Promise<Result<WebProfiles>> {
    return ok(toWebProfiles(this.state));
  }

  /** "Add another Bitrix ID": the new profile is shown at once. */
  add(name: string | undefined): Promise<Result<WebProfiles>> {
    return this.serially(async () => this.apply(addProfile(this.state, name)));
  }

  rename(id: string, name: string): Promise<Result<WebProfiles>> {
    return this.serially(async () => this.apply(renameProfile(this.state, id, name)));
  }

  switchTo(id: string): Promise<Result<WebProfiles>> {
    return this.serially(async () => this.apply(chooseActiveProfile(this.state, id)));
  }

  /** Clears the profile's partition, deletes its list, then drops it; another is shown if it was. */
  remove(id: string): Promise<Result<WebProfiles>> {
    return this.serially(async () => {
      const change = removeProfile(this.state, id);
      if (!change.ok) return fail(profilesError(change.reason));
      const removed = this.state.profiles.find((profile) => profile.id === id);
      if (removed === undefined) return fail(profilesError('unknown_profile'));
      this.deps.closeViews(id);
      await this.deps.host.clearPartition(removed.partition);
      this.deps.deleteFiles(id);
      this.deps.log.info('A Bitrix24 profile was removed');
      return this.apply(change);
    });
  }

  /** Signs the profile shown out of everything here: its views close, then its partition is cleared; it and its list stay. */
  signOut(): Promise<Result<WebProfiles>> {
    return this.serially(async () => {
      const { id, partition } = this.active;
      this.deps.closeViews(id);
      await this.deps.host.clearPartition(partition);
      this.deps.log.info('A Bitrix24 profile signed out');
      return ok(toWebProfiles(this.state));
    });
  }

  private apply(change: ProfilesChange): Result<WebProfiles> {
    if (!change.ok) return fail(profilesError(change.reason));
    const previous = this.state;
    this.deps.file.save(change.state);
    this.state = change.state;
    this.deps.changed(change.state, previous);
    return ok(toWebProfiles(change.state));
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
