/** Where a bridge call says it came from (Electron's `IpcMainInvokeEvent` carries both). */
export interface BridgeCallSender {
  sender: unknown;
  senderFrame: { url: string } | null;
}

/** The app's window, as far as the check needs it (a `BrowserWindow`). */
export interface AppWindow {
  webContents: { mainFrame: unknown };
}

/**
 * Whether a bridge call comes from our own window's top frame, showing our own page: not from
 * another window or view, not from a frame inside the page, not from a page the window was
 * navigated to, and never when there is no window.
 */
export function isFromAppPage(call: BridgeCallSender, window: AppWindow | null, isAppUrl: (url: string) => boolean): boolean {
  const frame = call.senderFrame;
  return (
    window !== null &&
    call.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    isAppUrl(frame.url)
  );
}
