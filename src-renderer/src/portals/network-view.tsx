import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPage } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useNetworkViewStore } from '../stores/network-view-store.ts';
import type { ListState } from './portals-welcome.tsx';
import { ViewStandIn, type StandInState } from './view-stand-in.tsx';

interface NetworkToolbarProps {
  page: NetworkPage;
  headingRef: Ref<HTMLHeadingElement>;
  onClose(): void;
}

/** Over the Network's view: which page it is ("Bitrix24.Network — Sign in") and the way back. */
export function NetworkToolbar({ page, headingRef, onClose }: NetworkToolbarProps) {
  const { t } = useTranslation('web');
  return (
    <div className="portal-toolbar">
      <div className="portal-toolbar-title">
        <h1 ref={headingRef} tabIndex={-1} title={t('network.heading', { page: t(`network.pages.${page}`) })}>
          {t('network.heading', { page: t(`network.pages.${page}`) })}
        </h1>
      </div>
      <div className="portal-toolbar-actions">
        <button type="button" className="button-secondary button-small" title={t('network.close')} onClick={onClose}>
          {t('network.close')}
        </button>
      </div>
    </div>
  );
}

/** While the Network's page cannot be shown: it is opening, failed to open, or was closed by main. */
export function NetworkStandIn({ page }: { page: NetworkPage }) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const opening = useNetworkViewStore((state) => state.opening);
  const error = useNetworkViewStore((state) => state.error);
  const open = useNetworkViewStore((state) => state.open);

  const state: StandInState = opening
    ? { kind: 'opening', text: t('network.opening') }
    : error
      ? { kind: 'failed', text: `${t('network.openFailed')} ${describeError(error)}`, retryLabel: t('network.tryAgain') }
      : { kind: 'closed', text: t('network.notOpen'), openLabel: t('network.open') };
  return <ViewStandIn state={state} onOpen={() => void open(page)} />;
}

interface Bitrix24WelcomeProps {
  headingRef: Ref<HTMLHeadingElement>;
  /** With no portal listed yet, the welcome says how to get the first. */
  list: ListState;
  /** The sidebar is collapsed: "on the left" would point at nothing. */
  sidebarCollapsed: boolean;
  onSignIn(): void;
  onAddPortal(): void;
  onCreatePortal(): void;
}

/** Bitrix24 mode's empty content area: what this mode is, and the ways to start. */
export function Bitrix24Welcome({ headingRef, list, sidebarCollapsed, onSignIn, onAddPortal, onCreatePortal }: Bitrix24WelcomeProps) {
  const { t } = useTranslation('web');
  const choose = sidebarCollapsed ? t('portals.welcomeChooseCollapsed') : t('portals.welcomeChoose');
  // While the list loads, nothing is said about it.
  const next = list === 'empty' ? t('portals.welcomeEmpty') : list === 'listed' ? choose : null;
  return (
    <section className="welcome">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('welcome.heading')}
      </h1>
      <p className="muted">{t('welcome.text')}</p>
      {next && <p className="muted">{next}</p>}
      <div className="welcome-actions">
        <button type="button" className="button-primary" onClick={onSignIn}>
          {t('welcome.signIn')}
        </button>
        <button type="button" className="button-secondary" onClick={onAddPortal}>
          {t('welcome.addPortal')}
        </button>
        {list === 'empty' && (
          <button type="button" className="button-secondary" onClick={onCreatePortal}>
            {t('portals.welcomeCreate')}
          </button>
        )}
      </div>
    </section>
  );
}
