import { call } from '../bridge/bitrix-id.ts';
import { useReachabilityStore } from './reachability-store.ts';
import { useQrSignInStore } from './qr-sign-in-store.ts';
import { createRequestGuard } from './request-guard.ts';
import { useServerStore } from './server-store.ts';
import { useSessionStore } from './session-store.ts';
import { useSettingsStore } from './settings-store.ts';
import { useSignedOutViewStore } from './signed-out-view-store.ts';
import { useSocialProvidersStore } from './social-providers-store.ts';

/** Invalidated by every start, so the first answers of an earlier start are dropped. */
const starts = createRequestGuard();

/**
 * Starts the window's stores afresh: they follow main's events from now on, and main is asked for
 * the session and the app's info. Returns the stop (main.tsx starts once; tests start per test).
 */
export function startStores(): () => void {
  starts.invalidate();
  const current = starts.begin();
  useSignedOutViewStore.getState().reset();
  useSocialProvidersStore.getState().reset();
  useQrSignInStore.getState().reset();
  const stops = [
    useSessionStore.getState().follow(),
    useServerStore.getState().follow(),
    useReachabilityStore.getState().follow(),
    // Main's language and theme: the window painted in the ones it remembered, and follows main's from here.
    useSettingsStore.getState().follow(),
  ];
  void Promise.all([call((api) => api.app.info()), call((api) => api.session.get())]).then(([info, session]) => {
    if (!current()) return;
    // Together, so the sign-in screen appears with its footer.
    useServerStore.getState().answered(info);
    useSessionStore.getState().restored(session);
  });
  return () => {
    if (current()) starts.invalidate();
    for (const stop of stops) stop();
  };
}
