import { ipcMain, type BrowserWindow } from 'electron';
import { channelNames, fail, type EventName, type Events } from '../../src-preload/contract.ts';
import { eventChannel, invokeChannel } from '../../src-preload/ipc-names.ts';
import type { IpcRouter } from '../ipc/router.ts';
import type { Logger } from '../logging/logger.ts';
import { refusedBridgeCallLog } from '../logging/refused-bridge-calls.ts';
import { isFromAppPage } from '../security/ipc-sender.ts';

/**
 * The only place ipcMain is touched: one handler per contract channel, each checking that the call
 * comes from our own window's top frame at our own URL before the router sees it.
 */
export function attachIpcTransport(router: IpcRouter, window: () => BrowserWindow | null, isAppUrl: (url: string) => boolean, log: Logger) {
  const refusals = refusedBridgeCallLog(log);
  for (const channel of channelNames) {
    ipcMain.handle(invokeChannel(channel), (event, request: unknown) => {
      if (!isFromAppPage(event, window(), isAppUrl)) {
        refusals.warn({ channel });
        return fail({ code: 'forbidden' });
      }
      return router.dispatch(channel, request);
    });
  }
  return {
    emit<E extends EventName>(event: E, payload: Events[E]) {
      window()?.webContents.send(eventChannel(event), payload);
    },
    detach() {
      for (const channel of channelNames) ipcMain.removeHandler(invokeChannel(channel));
      refusals.flush();
    },
  };
}
