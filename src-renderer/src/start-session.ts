/**
 * The entry's first step: starts the stores, and so asks main for the session, as soon as the
 * renderer's code runs. main.tsx imports this module first, so the request goes out before React
 * and the screens are evaluated; often the answer is back before the first render, which then
 * shows the right screen at once instead of the loading screen first.
 */
import { startStores } from './stores/start-up.ts';

startStores();
