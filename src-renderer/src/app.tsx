import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { LoadingScreen } from './components/loading-screen.tsx';
import { StartFailed } from './components/start-failed.tsx';
import { withNamespace } from './i18n/i18n.ts';
import { LinkConfirmQuestion } from './links/link-notice.tsx';
import { useLinkStore } from './links/link-store.ts';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { useSettingsShortcut } from './settings/use-settings-shortcut.ts';
import { useServerStore } from './stores/server-store.ts';
import { useSessionStore } from './stores/session-store.ts';
import { useSignedOutViewStore } from './stores/signed-out-view-store.ts';

// The signed-in shell is a separate chunk, so the first paint only pays for the sign-in screen.
const ShellScreen = lazy(() => import('./screens/shell-screen.tsx'));
// Bitrix24 (web) mode's shell, likewise, with its strings: a profile instead of a signed-in Bitrix ID.
const Bitrix24ShellScreen = lazy(() => withNamespace('web', import('./screens/bitrix24-shell-screen.tsx')));
// So is password recovery, with its strings.
const RecoveryScreen = lazy(() => withNamespace('account', import('./screens/recovery-screen.tsx')));
// And the server settings.
const ServerScreen = lazy(() => withNamespace('account', import('./screens/server-screen.tsx')));
// And the Settings screen.
const SettingsScreen = lazy(() => import('./settings/settings-screen.tsx').then((module) => ({ default: module.SettingsScreen })));
// And setting a password from a recovery link the OS handed over.
const LinkRecoveryScreen = lazy(() => withNamespace('account', import('./links/link-recovery-screen.tsx')));

/**
 * Shows the screen for the session state (main.tsx starts the stores before rendering this),
 * or the screen a `bitrixid://` link asks for.
 */
export function App() {
  const link = useLinkStore((state) => state.link);
  useEffect(() => useLinkStore.getState().start(), []);
  return (
    <>
      <LinkConfirmQuestion />
      {link?.kind === 'recover' ? (
        <Suspense fallback={<LoadingScreen />}>
          <LinkRecoveryScreen key={link.login} login={link.login} />
        </Suspense>
      ) : (
        <SessionScreen />
      )}
    </>
  );
}

function SessionScreen(): ReactNode {
  const session = useSessionStore((state) => state.session);
  const signedOutView = useSignedOutViewStore((state) => state.signedOutView);
  const loginHint = useSignedOutViewStore((state) => state.loginHint);
  const showSignIn = useSignedOutViewStore((state) => state.showSignIn);
  const showSettings = useSignedOutViewStore((state) => state.showSettings);
  const showServerFromSettings = useSignedOutViewStore((state) => state.showServerFromSettings);
  const serverFromSettings = useSignedOutViewStore((state) => state.serverFrom === 'settings');
  const bitrix24 = useServerStore((state) => state.appInfo?.backend.mode === 'bitrix24');

  if (session === null) return <LoadingScreen />;
  // Bitrix24 mode has no sign-in of the app's own: main answers with the active profile, signed in.
  if (bitrix24 && session.status === 'signed_out') {
    return session.restoreError ? <StartFailed error={session.restoreError} /> : <LoadingScreen />;
  }
  if (session.status === 'signed_out') {
    return (
      <>
        <SignedOutSettingsShortcut />
        {signedOutView === 'sign-in' ? (
          <SignInScreen />
        ) : (
          <Suspense fallback={<LoadingScreen />}>
            {signedOutView === 'recovery' && <RecoveryScreen variant="page" initialLogin={loginHint} onBack={showSignIn} />}
            {signedOutView === 'server' &&
              (serverFromSettings ? (
                <ServerScreen variant="page" fromSettings onBack={() => showSettings()} />
              ) : (
                <ServerScreen variant="page" onBack={() => showSignIn()} />
              ))}
            {signedOutView === 'settings' && (
              <SettingsScreen variant="page" onBack={() => showSignIn()} onChangeServer={showServerFromSettings} />
            )}
          </Suspense>
        )}
      </>
    );
  }
  return (
    <Suspense fallback={<LoadingScreen />}>
      {bitrix24 ? (
        <Bitrix24ShellScreen key={session.user.id} />
      ) : (
        <ShellScreen key={session.user.id} user={session.user} persistence={session.persistence} />
      )}
    </Suspense>
  );
}

/** Ctrl+, (⌘, on macOS) opens the Settings screen before signing in too. */
function SignedOutSettingsShortcut(): null {
  const showSettings = useSignedOutViewStore((state) => state.showSettings);
  useSettingsShortcut(useCallback(() => showSettings(), [showSettings]));
  return null;
}
