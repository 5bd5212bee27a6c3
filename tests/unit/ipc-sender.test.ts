import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from '../../src-main/security/app-scheme.ts';
import { isFromAppPage, type AppWindow } from '../../src-main/security/ipc-sender.ts';
import { createAppUrlCheck } from '../../src-main/security/urls.ts';

const APP_PAGE = APP_PAGE_URL;
// The built app's check, as index.ts makes it.
const isAppUrl = createAppUrlCheck(undefined);

function appWindow(url = APP_PAGE) {
  const mainFrame = { url };
  const window: AppWindow = { webContents: { mainFrame } };
  return { window, mainFrame, contents: window.webContents };
}

describe("the bridge's sender check", () => {
  it("accepts a call from the app window's top frame showing the app's page", () => {
    const { window, mainFrame, contents } = appWindow();
    expect(isFromAppPage({ sender: contents, senderFrame: mainFrame }, window, isAppUrl)).toBe(true);
  });

  it('refuses a call from another window or view, even one showing the same page', () => {
    const { window } = appWindow();
    const other = appWindow();
    expect(isFromAppPage({ sender: other.contents, senderFrame: other.mainFrame }, window, isAppUrl)).toBe(false);
  });

  it('refuses a call from a frame inside the page', () => {
    const { window, contents } = appWindow();
    expect(isFromAppPage({ sender: contents, senderFrame: { url: APP_PAGE } }, window, isAppUrl)).toBe(false);
  });

  it('refuses a call once the window shows another page, or has no frame to name', () => {
    const navigated = appWindow('https://evil.example/');
    expect(isFromAppPage({ sender: navigated.contents, senderFrame: navigated.mainFrame }, navigated.window, isAppUrl)).toBe(false);
    const { window, contents } = appWindow();
    expect(isFromAppPage({ sender: contents, senderFrame: null }, window, isAppUrl)).toBe(false);
  });

  it('refuses a call from the built page loaded over file:// instead of app://', () => {
    const overFile = appWindow('file:///opt/Bitrix%20ID/resources/app.asar/out/renderer/index.html');
    expect(isFromAppPage({ sender: overFile.contents, senderFrame: overFile.mainFrame }, overFile.window, isAppUrl)).toBe(false);
  });

  it('refuses every call when there is no window', () => {
    const { mainFrame, contents } = appWindow();
    expect(isFromAppPage({ sender: contents, senderFrame: mainFrame }, null, isAppUrl)).toBe(false);
  });
});
