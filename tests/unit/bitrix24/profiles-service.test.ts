import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROFILES_PROBLEMS, type ProfilesState } from '../../../src-main/bitrix24/profiles.ts';
import { ProfilesFile } from '../../../src-main/bitrix24/profiles-file.ts';
import { profilesError, ProfilesService } from '../../../src-main/bitrix24/profiles-service.ts';
import { silentLogger } from '../../../src-main/logging/logger.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-profiles-service-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function setUp() {
  const file = new ProfilesFile(dataDir);
  const steps: string[] = [];
  const changes: Array<{ state: ProfilesState; previous: ProfilesState; onDisk: unknown }> = [];
  let releaseClear: () => void = () => {};
  let holdClear = false;
  const service = new ProfilesService({
    file,
    initial: file.load().state,
    host: {
      clearPartition: async (partition) => {
        steps.push(`clear ${partition}`);
        if (holdClear) await new Promise<void>((resolve) => (releaseClear = resolve));
      },
    },
    closeViews: (id) => steps.push(`close ${id}`),
    deleteFiles: (id) => steps.push(`delete ${id}`),
    changed: (state, previous) => {
      changes.push({ state, previous, onDisk: JSON.parse(readFileSync(file.file, 'utf8')) });
      steps.push(`changed ${state.activeId}`);
    },
    log: silentLogger,
  });
  return {
    file,
    service,
    steps,
    changes,
    holdClearing: () => (holdClear = true),
    releaseClearing: () => releaseClear(),
  };
}

describe('profilesError', () => {
  it('gives every refusal a contract code', () => {
    expect(PROFILES_PROBLEMS.map(profilesError)).toEqual([
      { code: 'validation', fields: { name: 'required' } },
      { code: 'validation', fields: { name: 'too_long' } },
      { code: 'validation', fields: { name: 'invalid' } },
      { code: 'validation', fields: { name: 'invalid' } },
      { code: 'not_found' },
      { code: 'profile_limit_reached' },
      { code: 'last_profile' },
    ]);
  });
});

describe('ProfilesService', () => {
  it('writes each change before announcing it', async () => {
    const { service, changes } = setUp();
    const added = await service.add('Work');
    expect(added).toMatchObject({ ok: true, value: { profiles: [{ name: 'Bitrix24' }, { name: 'Work' }] } });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.onDisk).toMatchObject({ activeId: changes[0]?.state.activeId, profiles: [{ name: 'Bitrix24' }, { name: 'Work' }] });
    expect(changes[0]?.previous.profiles).toHaveLength(1);
  });

  it('announces nothing for a refused change', async () => {
    const { service, changes } = setUp();
    expect(await service.rename(service.active.id, '')).toEqual({ ok: false, error: { code: 'validation', fields: { name: 'required' } } });
    expect(await service.switchTo('0'.repeat(32))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await service.remove(service.active.id)).toEqual({ ok: false, error: { code: 'last_profile' } });
    expect(changes).toEqual([]);
  });

  it('removes a profile in order: its views close, its partition clears, its files go, then it leaves the list', async () => {
    const { service, steps } = setUp();
    const first = service.active;
    await service.add(undefined);
    const second = service.active;
    await service.switchTo(first.id);
    steps.length = 0;
    expect(await service.remove(first.id)).toEqual({ ok: true, value: { profiles: [{ id: second.id, name: 'Bitrix24 2' }], activeId: second.id } });
    expect(steps).toEqual([`close ${first.id}`, `clear ${first.partition}`, `delete ${first.id}`, `changed ${second.id}`]);
  });

  it('signs out by closing the views and clearing the partition, changing no profile', async () => {
    const { service, steps, changes } = setUp();
    const { id, partition } = service.active;
    expect(await service.signOut()).toEqual({ ok: true, value: { profiles: [{ id, name: 'Bitrix24' }], activeId: id } });
    expect(steps).toEqual([`close ${id}`, `clear ${partition}`]);
    expect(changes).toEqual([]);
  });

  it('runs one change at a time: a switch waits for a removal that is clearing', async () => {
    const { service, steps, holdClearing, releaseClearing } = setUp();
    const first = service.active;
    await service.add('Two');
    const second = service.active;
    holdClearing();
    steps.length = 0;
    const removing = service.remove(second.id);
    const switching = service.switchTo(second.id);
    await Promise.resolve();
    expect(steps).toEqual([`close ${second.id}`, `clear ${second.partition}`]);
    releaseClearing();
    expect(await removing).toMatchObject({ ok: true, value: { activeId: first.id } });
    expect(await switching).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});
