import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from './bridge.ts';
import { eventChannel, invokeChannel } from './ipc-names.ts';

contextBridge.exposeInMainWorld(
  'bitrixId',
  createBridge({
    invoke: (channel, request) => ipcRenderer.invoke(invokeChannel(channel), request),
    subscribe: (event, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannel(event), handler);
      return () => ipcRenderer.off(eventChannel(event), handler);
    },
  }),
);
