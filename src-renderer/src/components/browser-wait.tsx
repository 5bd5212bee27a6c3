import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialProvider } from '../../../src-preload/contract.ts';
import { useProviderName } from '../i18n/provider-name.ts';
import { ProviderIcon } from './provider-icon.tsx';

interface BrowserWaitProps {
  provider: SocialProvider;
  /** "Cancel" was pressed and main has not answered yet. */
  cancelling: boolean;
  onCancel(): void;
  /** The heading's level where the wait is shown (under the page's h1, or inside a section's h2). */
  level: 2 | 3;
}

/**
 * Shown while main waits for the person to finish at the service's page in the system browser:
 * what to do there, a busy indicator, and Cancel, which has the focus so Enter or Space cancels.
 */
export function BrowserWait({ provider, cancelling, onCancel, level }: BrowserWaitProps) {
  const { t } = useTranslation();
  const name = useProviderName()(provider.id, provider.name);
  const headingId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const Heading = level === 2 ? 'h2' : 'h3';

  useEffect(() => {
    // What had the focus (the service's button) is hidden or disabled now; the way out takes it.
    cancelRef.current?.focus();
  }, []);

  return (
    <section className="browser-wait" aria-labelledby={headingId}>
      <ProviderIcon id={provider.id} name={name} size={32} />
      <Heading id={headingId}>{t('social.waitHeading')}</Heading>
      <p id={textId} className="muted">
        {t('social.waitText', { name })}
      </p>
      <span className="spinner" role="progressbar" aria-label={t('social.waiting', { name })} />
      {/* aria-disabled, not disabled: the button keeps the focus while main answers. */}
      <button
        ref={cancelRef}
        type="button"
        className="button-secondary"
        aria-disabled={cancelling}
        aria-describedby={`${headingId} ${textId}`}
        onClick={() => {
          if (!cancelling) onCancel();
        }}
      >
        {cancelling ? t('social.cancelling') : t('social.cancel')}
      </button>
    </section>
  );
}
