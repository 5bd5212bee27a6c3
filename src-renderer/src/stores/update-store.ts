import { create } from 'zustand';
import type { UpdateStatus } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';
import { createRequestGuard } from './request-guard.ts';

interface UpdateStore {
  /** Null until main answers. */
  status: UpdateStatus | null;
  /** The ready version the person put off with "Later"; a newer one is offered again. Kept for the whole run. */
  dismissedVersion: string | null;
  /** "Restart to update" was pressed and main is quitting to install. */
  restarting: boolean;

  /** Asks main for the status and follows its `app.update` events; returns the unsubscribe. */
  follow(): () => void;
  restart(): Promise<void>;
  dismiss(): void;
}

export const useUpdateStore = create<UpdateStore>()((set, get) => {
  /** Invalidated by every `app.update` event: an answer asked for before the latest event is older than it. */
  const asks = createRequestGuard();

  return {
    status: null,
    dismissedVersion: null,
    restarting: false,

    follow() {
      const unsubscribe = bitrixId().on('app.update', (status) => {
        asks.invalidate();
        set({ status });
      });
      const current = asks.begin();
      void call((api) => api.app.updateStatus()).then((result) => {
        if (result.ok && current()) set({ status: result.value });
      });
      return unsubscribe;
    },

    async restart() {
      if (get().restarting) return;
      set({ restarting: true });
      const result = await call((api) => api.app.restartToUpdate());
      // Main quits when it restarts; otherwise the update was not ready after all, and the button is back.
      if (!result.ok || !result.value.restarting) set({ restarting: false });
    },

    dismiss() {
      const { status } = get();
      if (status?.state === 'ready') set({ dismissedVersion: status.version });
    },
  };
});

/** The version to offer a restart for: ready, and not put off with "Later". */
export const offeredVersion = ({ status, dismissedVersion }: UpdateStore): string | null =>
  status?.state === 'ready' && status.version !== dismissedVersion ? status.version : null;
