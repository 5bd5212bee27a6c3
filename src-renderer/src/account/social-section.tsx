import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../../../src-preload/contract.ts';
import type { accountEn } from '../i18n/account-en.ts';

type KnownProvider = keyof typeof accountEn.social.providers;
/** The providers the catalogue has a name for (checked both ways against it by the compiler). */
const knownProviders = ['google', 'apple', 'facebook', 'twitter', 'vkontakte', 'yandex', 'mailru', 'office365'] as const satisfies readonly KnownProvider[];
type Listed = (typeof knownProviders)[number];
// Fails to compile if the catalogue names a provider missing from the list above.
const allListed: Exclude<KnownProvider, Listed> extends never ? true : false = true;
void allListed;
const isKnownProvider = (provider: string): provider is KnownProvider => (knownProviders as readonly string[]).includes(provider);

/** The social networks connected to the account. Connecting one comes in a later issue. */
export function SocialSection({ accounts }: { accounts: SocialAccount[] }) {
  const { t } = useTranslation('account');
  const headingId = useId();
  const providerName = (provider: string) => {
    const key = provider.toLowerCase();
    // A provider we have no name for is shown as the server names it.
    return isKnownProvider(key) ? t(`social.providers.${key}`) : provider;
  };
  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('social.heading')}</h2>
      {accounts.length === 0 ? (
        <p className="section-value muted">{t('social.none')}</p>
      ) : (
        <ul className="social-list" aria-labelledby={headingId}>
          {accounts.map((account) => (
            <li key={`${account.provider}:${account.displayName}`}>
              <span className="social-provider">{providerName(account.provider)}</span>{' '}
              <span className="muted">{account.displayName}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
