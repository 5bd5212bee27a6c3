/**
 * Asks main for the session as soon as the renderer's code runs: main.tsx imports this module first,
 * so the request goes out before React and the screens are evaluated and the answer travels
 * meanwhile. Often it is back before the first render, which then shows the right screen at once
 * instead of the loading screen first.
 */
import { useSessionStore } from './stores/session-store.ts';

useSessionStore.getState().start();
