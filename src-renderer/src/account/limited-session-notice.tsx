import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store.ts';

/** True while signed in with an application password, which may read the account but not change it. */
export function useLimitedSession(): boolean {
  return useSessionStore((state) => state.session?.status === 'signed_in' && state.session.limited === true);
}

/** Why changes are refused in this session, said before the person tries one. */
export function LimitedSessionNotice() {
  const { t } = useTranslation('account');
  const limited = useLimitedSession();
  return limited ? <p className="notice">{t('appPasswords.limited')}</p> : null;
}
