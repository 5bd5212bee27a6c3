import type { EventName, Events } from '../../src-preload/contract.ts';

/** How services tell the renderer something happened; each transport supplies its own. */
export type EmitEvent = <E extends EventName>(event: E, payload: Events[E]) => void;
