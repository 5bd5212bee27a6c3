import type { BridgeError, Result } from '../../../src-preload/contract.ts';
import { isOffline } from '../bridge/bitrix-id.ts';
import type { RequestGuard } from './request-guard.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Something of the signed-in person's loaded from the server, kept while it reloads. */
export interface Loadable<T> {
  status: LoadStatus;
  /** The last value loaded for this session; kept while it reloads and if a reload fails. */
  value: T;
  /** A value has been loaded for this session (`value` is not just the empty start). */
  loaded: boolean;
  error: BridgeError | null;
}

export const idle = <T>(value: T): Loadable<T> => ({ status: 'idle', value, loaded: false, error: null });
export const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value, loaded: true, error: null });

/** Loaded before, but the last reload could not reach the server: show the old value, marked offline. */
export const isStale = (loadable: Loadable<unknown>): boolean =>
  loadable.loaded && loadable.status === 'error' && loadable.error !== null && isOffline(loadable.error);

/** There is a list to show: loaded now, or loaded before and kept while it reloads or while offline. */
export const showsValue = (loadable: Loadable<unknown>): boolean =>
  loadable.status === 'ready' || (loadable.loaded && (isStale(loadable) || loadable.status === 'loading'));

export interface LoadableActions {
  /** Loads unless already loaded or loading. */
  load(): Promise<void>;
  /** Loads again (after an error, say), unless a load is running. */
  reload(): Promise<void>;
  /** Loads, or loads again what was loaded before, keeping it on show meanwhile (a screen opened again). */
  refresh(): Promise<void>;
}

/** The load, reload and refresh of one loadable; an answer `answers` calls stale is dropped. */
export function loadableActions<T>(
  read: () => Loadable<T>,
  write: (loadable: Loadable<T>) => void,
  request: () => Promise<Result<T>>,
  answers: RequestGuard,
): LoadableActions {
  const fetch = async () => {
    const current = answers.begin();
    write({ ...read(), status: 'loading', error: null });
    const result = await request();
    if (!current()) return;
    const before = read();
    write(result.ok ? ready(result.value) : { status: 'error', value: before.value, loaded: before.loaded, error: result.error });
  };
  const load = async () => {
    if (read().status === 'idle') await fetch();
  };
  const reload = async () => {
    if (read().status !== 'loading') await fetch();
  };
  return { load, reload, refresh: () => (read().status === 'idle' ? load() : reload()) };
}
