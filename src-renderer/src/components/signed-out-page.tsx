import type { ReactNode } from 'react';
import { LanguageSelect } from './language-select.tsx';
import { NoticeArea } from './notice-area.tsx';
import { SignedOutFooter } from './signed-out-footer.tsx';

interface SignedOutPageProps {
  /** Extra class of the card, for its width. */
  cardClassName?: string;
  /** Passed on to the footer (see `SignedOutFooter`). */
  login?: string | undefined;
  /** The header's language select; the Settings page has its own. */
  languageSelect?: boolean;
  children: ReactNode;
}

/** The frame of every signed-out screen: the notices, language at the top, a card, the footer. */
export function SignedOutPage({ cardClassName, login, languageSelect = true, children }: SignedOutPageProps) {
  return (
    <div className="sign-in-page">
      <NoticeArea />
      {/* A landmark, so nothing on the page lies outside one. */}
      <header className="sign-in-toolbar">{languageSelect && <LanguageSelect />}</header>
      <main className={cardClassName ? `sign-in-card ${cardClassName}` : 'sign-in-card'}>{children}</main>
      <SignedOutFooter login={login} />
    </div>
  );
}
