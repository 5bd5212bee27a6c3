import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_VIEW_ID, type NetworkPage, type Portal } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useNetworkViewStore } from '../stores/network-view-store.ts';
import { isLive, usePortalViewsStore } from '../stores/portal-views-store.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { NetworkStandIn, NetworkToolbar } from './network-view.tsx';
import { PortalFrames } from './portal-frames.tsx';
import { ViewStandIn, type StandInState } from './view-stand-in.tsx';

interface PortalContentProps {
  /** The chosen portal, or null for the welcome. */
  portal: Portal | null;
  /** The chosen portal is hidden from the list (listed only with "Show hidden portals"). */
  hidden: boolean;
  /** The chosen portal's view (or the Network's) is what the stage shows (it is live and nothing failed). */
  showing: boolean;
  /** Bitrix24 mode: the Network's page shown instead of the portal, or null. */
  network: NetworkPage | null;
  onCloseNetwork(): void;
  /** More of the portal's toolbar actions, before Hide (Bitrix24 mode's "Remove from list"). */
  portalActions?: ((portal: Portal) => ReactNode) | undefined;
  /** What the empty content area shows instead of the default welcome. */
  welcome?: ReactNode;
  /** The area portal views are placed over; its bounds go to main. */
  stageRef: Ref<HTMLDivElement>;
  /** Focused when the person comes back from another view. */
  headingRef: Ref<HTMLHeadingElement>;
  titleOf(portalId: string): string;
}

/** The content area: the chosen portal's toolbar over its page, or what stands in for the page. */
export function PortalContent(props: PortalContentProps) {
  const { portal, hidden, showing, stageRef, headingRef, titleOf, network, onCloseNetwork, portalActions, welcome } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const live = usePortalViewsStore((state) => state.live);
  const opening = usePortalViewsStore((state) => state.opening);
  const signingOut = usePortalViewsStore((state) => state.signingOut);
  const signOutError = usePortalViewsStore((state) => state.signOutError);
  const signOut = usePortalViewsStore((state) => state.signOut);
  const setHidden = usePortalsStore((state) => state.setHidden);
  const networkOpening = useNetworkViewStore((state) => state.opening);
  /** What the stage shows: the Network's view, the chosen portal's, or the welcome. */
  const shownId = network !== null ? NETWORK_VIEW_ID : (portal?.id ?? null);

  return (
    <main className="content portal-content" aria-busy={opening !== null || networkOpening}>
      {network !== null && <NetworkToolbar page={network} headingRef={headingRef} onClose={onCloseNetwork} />}
      {network === null && portal && (
        <div className="portal-toolbar">
          <div className="portal-toolbar-title" title={`${portal.title} – ${portal.domain}`}>
            <h1 ref={headingRef} tabIndex={-1}>
              {portal.title}
            </h1>
            <span className="muted">{portal.domain}</span>
            {portal.role && (
              // It may be shortened beside a long name: the title keeps the role readable whole.
              <span className={`badge badge-role badge-${portal.role}`} title={t(`portals.roles.${portal.role}`)}>
                {t(`portals.roles.${portal.role}`)}
              </span>
            )}
          </div>
          {portal.login && isLive(live, portal.id) && (
            <span className="muted portal-login" title={t('shell.signedInAs', { login: portal.login })}>
              {t('shell.signedInAs', { login: portal.login })}
            </span>
          )}
          <div className="portal-toolbar-actions">
            {isLive(live, portal.id) && (
              <button
                type="button"
                className="button-secondary button-small"
                title={signingOut === portal.id ? t('portal.signingOut') : t('portal.signOut')}
                disabled={signingOut !== null}
                onClick={() => void signOut(portal)}
              >
                {signingOut === portal.id ? t('portal.signingOut') : t('portal.signOut')}
              </button>
            )}
            {portalActions?.(portal)}
            <button
              type="button"
              className="button-secondary button-small"
              title={hidden ? t('portal.show') : t('portal.hide')}
              onClick={() => void setHidden(portal, !hidden)}
            >
              {hidden ? t('portal.show') : t('portal.hide')}
            </button>
          </div>
        </div>
      )}
      {network === null && portal && signOutError?.portalId === portal.id && (
        <p className="banner banner-error" role="alert">
          {t('portal.signOutFailed', { title: portal.title })} {describeError(signOutError.error)}
        </p>
      )}
      <div ref={stageRef} className="portal-stage">
        {network !== null && !showing && <NetworkStandIn page={network} />}
        {network === null && !portal && welcome}
        {network === null && !portal && !welcome && (
          <section className="welcome">
            <h1 ref={headingRef} tabIndex={-1}>
              {t('shell.welcome')}
            </h1>
            <p className="muted">{t('shell.welcomeHint')}</p>
          </section>
        )}
        {network === null && portal && !showing && <PortalStandIn portal={portal} hidden={hidden} />}
        <PortalFrames live={live} visibleId={showing ? shownId : null} titleOf={titleOf} />
      </div>
    </main>
  );
}

/** While the chosen portal's page cannot be shown: it is opening, failed to open, is gone, or is not open. */
function PortalStandIn({ portal, hidden }: { portal: Portal; hidden: boolean }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const opening = usePortalViewsStore((state) => state.opening === portal.id);
  const openError = usePortalViewsStore((state) => (state.openError?.portalId === portal.id ? state.openError.error : null));
  const open = usePortalViewsStore((state) => state.open);

  if (opening) return <ViewStandIn state={{ kind: 'opening', text: t('portal.opening', { title: portal.title }) }} />;
  if (openError?.code === 'frame_refused') {
    return (
      <div className="portal-stand-in" role="status">
        <p>{t('portal.frameRefused', { title: portal.title })}</p>
        <a className="button-secondary" href={`https://${portal.domain}/`} target="_blank" rel="noopener noreferrer">
          {t('portal.openInBrowser')}
        </a>
      </div>
    );
  }
  // A deleted portal, or one the person lost access to, will not open again: trying is pointless.
  // What is left to do is the toolbar's "Hide from list", which the sentence points to.
  const gone = openError?.code === 'portal_unavailable' && openError.reason ? openError.reason : portal.status === 'active' ? null : portal.status;
  if (gone !== null) {
    return (
      <div className="portal-stand-in" role={openError ? 'alert' : undefined}>
        <p>
          {t(`portal.unavailable.${gone}`)} {t(hidden ? 'portal.goneHidden' : 'portal.goneHint')}
        </p>
      </div>
    );
  }
  const state: StandInState = openError
    ? { kind: 'failed', text: `${t('portal.openFailed', { title: portal.title })} ${describeError(openError)}`, retryLabel: t('portal.tryAgain') }
    : { kind: 'closed', text: t('portal.notOpen', { title: portal.title }), openLabel: t('portal.open') };
  return <ViewStandIn state={state} onOpen={() => void open(portal)} />;
}
