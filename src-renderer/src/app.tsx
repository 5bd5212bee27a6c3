import { lazy, Suspense } from 'react';
import { LoadingScreen } from './components/loading-screen.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { useSessionStore } from './stores/session-store.ts';
// Imported for its subscription: portals are forgotten the moment the session ends.
import './stores/portals-store.ts';

// The signed-in shell is a separate chunk, so the first paint only pays for the sign-in screen.
const ShellScreen = lazy(() => import('./screens/shell-screen.tsx'));

/** Shows the screen for the session state; main.tsx starts the session store before rendering this. */
export function App() {
  const session = useSessionStore((state) => state.session);

  if (session === null) return <LoadingScreen />;
  if (session.status === 'signed_out') return <SignInScreen />;
  return (
    <Suspense fallback={<LoadingScreen />}>
      <ShellScreen key={session.user.id} user={session.user} persistence={session.persistence} />
    </Suspense>
  );
}
