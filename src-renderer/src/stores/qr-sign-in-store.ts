import { create } from 'zustand';
import type { BridgeError, QrSignInRequest } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { createRequestGuard } from './request-guard.ts';
import { useSessionStore } from './session-store.ts';

/**
 * Where the sign-in screen's QR view is: closed; asking main for a request; showing its QR code
 * while main waits for a phone to approve it; ended by expiry; or failed otherwise.
 */
export type QrSignInView =
  | { phase: 'closed' }
  | { phase: 'starting' }
  | { phase: 'waiting'; request: QrSignInRequest; expiresAt: number }
  | { phase: 'expired' }
  | { phase: 'failed'; error: BridgeError };

interface QrSignInStore {
  view: QrSignInView;
  /** The person closed the view: the button that opens it takes the focus back. */
  returnFocus: boolean;
  /** Opens the view with a new request (again: "Get a new code"); a waiting one is replaced. */
  open(): Promise<void>;
  /** Cancel: main stops waiting and the view closes. */
  close(): Promise<void>;
  /** The button has the focus back. */
  focusReturned(): void;
  /** Closed, as at start (a late answer of an earlier start is dropped). */
  reset(): void;
}

export const useQrSignInStore = create<QrSignInStore>((set, get) => {
  const requests = createRequestGuard();

  return {
    view: { phase: 'closed' },
    returnFocus: false,

    async open() {
      const current = requests.latest();
      set({ view: { phase: 'starting' }, returnFocus: false });
      const started = await call((api) => api.qrSignIn.start());
      if (!current()) return;
      if (!started.ok) {
        set({ view: { phase: 'failed', error: started.error } });
        return;
      }
      const request = started.value;
      set({ view: { phase: 'waiting', request, expiresAt: Date.parse(request.expiresAt) } });
      const result = await call((api) => api.qrSignIn.wait());
      if (!current()) return;
      if (result.ok) {
        set({ view: { phase: 'closed' } });
        useSessionStore.getState().adopt(result.value);
      } else if (result.error.code === 'sign_in_expired') {
        set({ view: { phase: 'expired' } });
      } else if (result.error.code === 'cancelled') {
        set({ view: { phase: 'closed' } });
      } else {
        set({ view: { phase: 'failed', error: result.error } });
      }
    },

    async close() {
      const waiting = get().view.phase === 'waiting' || get().view.phase === 'starting';
      requests.invalidate();
      set({ view: { phase: 'closed' }, returnFocus: true });
      if (waiting) await call((api) => api.qrSignIn.cancel());
    },

    focusReturned() {
      set({ returnFocus: false });
    },

    reset() {
      requests.invalidate();
      set({ view: { phase: 'closed' }, returnFocus: false });
    },
  };
});
