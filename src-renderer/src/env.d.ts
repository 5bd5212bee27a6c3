import type { BitrixIdApi } from '../../src-preload/bridge-api.ts';

declare global {
  interface Window {
    /** Exposed by the preload; the renderer's only way to reach main. */
    bitrixId: BitrixIdApi;
  }
}
