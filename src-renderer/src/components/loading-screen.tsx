import { useTranslation } from 'react-i18next';

/** A quiet placeholder while main answers: no flash of the sign-in form for a restored session. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="loading-screen" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
