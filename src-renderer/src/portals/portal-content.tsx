import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, Portal } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { isLive, usePortalViewsStore } from '../stores/portal-views-store.ts';
import { usePortalsStore } from '../stores/portal-list-store.ts';
import { PortalFrames } from './portal-frames.tsx';

interface PortalContentProps {
  /** The chosen portal, or null for the welcome. */
  portal: Portal | null;
  /** The chosen portal is hidden from the list (listed only with "Show hidden portals"). */
  hidden: boolean;
  /** The chosen portal's view is what the stage shows (it is live and nothing failed). */
  showing: boolean;
  /** The area portal views are placed over; its bounds go to main. */
  stageRef: Ref<HTMLDivElement>;
  /** Focused when the person comes back from another view. */
  headingRef: Ref<HTMLHeadingElement>;
  titleOf(portalId: string): string;
}

/** The content area: the chosen portal's toolbar over its page, or what stands in for the page. */
export function PortalContent({ portal, hidden, showing, stageRef, headingRef, titleOf }: PortalContentProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const live = usePortalViewsStore((state) => state.live);
  const opening = usePortalViewsStore((state) => state.opening);
  const signingOut = usePortalViewsStore((state) => state.signingOut);
  const signOutError = usePortalViewsStore((state) => state.signOutError);
  const signOut = usePortalViewsStore((state) => state.signOut);
  const setHidden = usePortalsStore((state) => state.setHidden);

  return (
    <main className="content portal-content" aria-busy={opening !== null}>
      {portal && (
        <div className="portal-toolbar">
          <div className="portal-toolbar-title">
            <h1 ref={headingRef} tabIndex={-1}>
              {portal.title}
            </h1>
            <span className="muted">{portal.domain}</span>
            {portal.role && <span className={`badge badge-role badge-${portal.role}`}>{t(`portals.roles.${portal.role}`)}</span>}
          </div>
          {portal.login && <span className="muted portal-login">{t('shell.signedInAs', { login: portal.login })}</span>}
          <div className="portal-toolbar-actions">
            {isLive(live, portal.id) && (
              <button
                type="button"
                className="button-secondary button-small"
                disabled={signingOut !== null}
                onClick={() => void signOut(portal)}
              >
                {signingOut === portal.id ? t('portal.signingOut') : t('portal.signOut')}
              </button>
            )}
            <button type="button" className="button-secondary button-small" onClick={() => void setHidden(portal, !hidden)}>
              {hidden ? t('portal.show') : t('portal.hide')}
            </button>
          </div>
        </div>
      )}
      {portal && signOutError?.portalId === portal.id && (
        <p className="banner banner-error" role="alert">
          {t('portal.signOutFailed', { title: portal.title })} {describeError(signOutError.error)}
        </p>
      )}
      <div ref={stageRef} className="portal-stage">
        {!portal && (
          <section className="welcome">
            <h1 ref={headingRef} tabIndex={-1}>
              {t('shell.welcome')}
            </h1>
            <p className="muted">{t('shell.welcomeHint')}</p>
          </section>
        )}
        {portal && !showing && <PortalStandIn portal={portal} />}
        <PortalFrames live={live} visibleId={showing ? (portal?.id ?? null) : null} titleOf={titleOf} />
      </div>
    </main>
  );
}

/** While the chosen portal's page cannot be shown: it is opening, failed to open, or is not open. */
function PortalStandIn({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const opening = usePortalViewsStore((state) => state.opening === portal.id);
  const openError = usePortalViewsStore((state) => (state.openError?.portalId === portal.id ? state.openError.error : null));
  const open = usePortalViewsStore((state) => state.open);

  const whyNot = (error: BridgeError) =>
    error.code === 'portal_unavailable' && error.reason
      ? t(`portal.unavailable.${error.reason}`)
      : `${t('portal.openFailed', { title: portal.title })} ${describeError(error)}`;

  if (opening) {
    return (
      <div className="portal-stand-in" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>{t('portal.opening', { title: portal.title })}</p>
      </div>
    );
  }
  if (openError) {
    return (
      <div className="portal-stand-in" role="alert">
        <p>{whyNot(openError)}</p>
        <button type="button" className="button-secondary" onClick={() => void open(portal)}>
          {t('portal.tryAgain')}
        </button>
      </div>
    );
  }
  return (
    <div className="portal-stand-in">
      <p>{t('portal.notOpen', { title: portal.title })}</p>
      {portal.status === 'active' && (
        <button type="button" className="button-primary" onClick={() => void open(portal)}>
          {t('portal.open')}
        </button>
      )}
    </div>
  );
}
