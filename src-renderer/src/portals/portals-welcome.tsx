import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** What the welcome can say about the list: not loaded yet, loaded with no portal, or loaded with some. */
export type ListState = 'loading' | 'empty' | 'listed';

interface PortalsWelcomeProps {
  list: ListState;
  headingRef: Ref<HTMLHeadingElement>;
  /** The sidebar is collapsed: "listed on the left" would point at nothing. */
  sidebarCollapsed: boolean;
  onCreate(): void;
}

/**
 * The API mode's content area while no portal is open: "Choose a portal" once there are portals,
 * an invitation to create the first one when there are none, and only a heading while the list
 * loads (the sidebar shows its progress).
 */
export function PortalsWelcome({ list, headingRef, sidebarCollapsed, onCreate }: PortalsWelcomeProps) {
  const { t } = useTranslation();

  if (list === 'loading') {
    return (
      <section className="welcome">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('portals.heading')}
        </h1>
      </section>
    );
  }
  if (list === 'empty') {
    return (
      <section className="welcome">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('portals.emptyHeading')}
        </h1>
        <p className="muted">{t('portals.emptyText')}</p>
        <button type="button" className="button-primary" onClick={onCreate}>
          {t('portals.create')}
        </button>
      </section>
    );
  }
  return (
    <section className="welcome">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('shell.welcome')}
      </h1>
      <p className="muted">{sidebarCollapsed ? t('portals.chooseCollapsed') : t('shell.welcomeHint')}</p>
    </section>
  );
}
