import { create } from 'zustand';

interface AppRestartedStore {
  /** A call came back `app_restarted`: this page belongs to an earlier run of the browser harness. */
  restarted: boolean;
  noteRestarted(): void;
}

/** Whether the app behind this page was restarted under it; only the browser harness ever says so. */
export const useAppRestartedStore = create<AppRestartedStore>()((set) => ({
  restarted: false,
  noteRestarted() {
    set({ restarted: true });
  },
}));
