import type { ChannelName, EventName } from './contract.ts';

/** Electron IPC channel names, prefixed so they never collide with Electron's own. */
export const invokeChannel = (channel: ChannelName) => `bitrix-id:invoke:${channel}`;
export const eventChannel = (event: EventName) => `bitrix-id:event:${event}`;
