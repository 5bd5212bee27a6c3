import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../../../src-preload/contract.ts';
import { BrowserWait } from '../components/browser-wait.tsx';
import { useButtonsById } from '../components/buttons-by-id.ts';
import { ProviderIcon } from '../components/provider-icon.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import type { accountEn } from '../i18n/account-en.ts';
import { useSocialConnectionsStore, type SocialOutcome } from '../stores/social-connections-store.ts';
import { useSocialProvidersStore } from '../stores/social-providers-store.ts';

type KnownProvider = keyof typeof accountEn.social.providers;
/** The providers the catalogue has a name for (checked both ways against it by the compiler). */
const knownProviders = [
  'google',
  'apple',
  'microsoft',
  'facebook',
  'yandex',
  'vk',
  'zoom',
  'twitter',
  'vkontakte',
  'mailru',
  'office365',
] as const satisfies readonly KnownProvider[];
type Listed = (typeof knownProviders)[number];
// Fails to compile if the catalogue names a provider missing from the list above.
const allListed: Exclude<KnownProvider, Listed> extends never ? true : false = true;
void allListed;
const isKnownProvider = (provider: string): provider is KnownProvider => (knownProviders as readonly string[]).includes(provider);

/** Where the focus goes once an action is over (its button was disabled, or is gone). */
interface FocusRequest {
  target: 'switch' | 'disconnect' | 'disclosure';
  provider: string;
}

/**
 * The social networks connected to the account, each with "Disconnect"; and "Connect other social
 * media": a switch per service the server offers. Connecting goes through the system browser, so
 * only one connect or disconnect runs at a time and everything else waits, disabled.
 */
export function SocialSection({ accounts }: { accounts: SocialAccount[] }) {
  const { t } = useTranslation('account');
  const { t: tApp } = useTranslation();
  const describeError = useDescribeError();
  const providers = useSocialProvidersStore((state) => state.providers);
  const loadProviders = useSocialProvidersStore((state) => state.load);
  const busy = useSocialConnectionsStore((state) => state.busy);
  const outcome = useSocialConnectionsStore((state) => state.outcome);
  const connect = useSocialConnectionsStore((state) => state.connectSocial);
  const disconnect = useSocialConnectionsStore((state) => state.disconnectSocial);
  const cancelConnect = useSocialConnectionsStore((state) => state.cancelSocialConnect);
  const dismissOutcome = useSocialConnectionsStore((state) => state.dismissSocialOutcome);
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  // Set when an action ends; the tick makes sure a render (and the effect below) follows.
  const focusAfter = useRef<FocusRequest | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const switchRefs = useButtonsById();
  const disconnectRefs = useButtonsById();
  const disclosureRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // The names come from the server's list; so do the switches.
    void loadProviders();
  }, [loadProviders]);

  // An outcome belongs to this visit of the section.
  useEffect(() => dismissOutcome, [dismissOutcome]);

  useEffect(() => {
    const request = focusAfter.current;
    if (!request || busy) return;
    focusAfter.current = null;
    const { target, provider } = request;
    const element =
      target === 'switch'
        ? switchRefs.get(provider)
        : target === 'disconnect'
          ? disconnectRefs.get(provider)
          : disclosureRef.current;
    // A disconnected service's row is gone: the next control takes the focus.
    (element ?? disclosureRef.current)?.focus();
  }, [focusTick, busy, switchRefs, disconnectRefs]);

  const focusWhenDone = (request: FocusRequest) => {
    focusAfter.current = request;
    setFocusTick((tick) => tick + 1);
  };

  const nameOf = (provider: string): string => {
    const offered = providers.list.find((candidate) => candidate.id === provider);
    if (offered) return offered.name;
    // A service the server's list does not name (or a list that failed) is named from the catalogue, or as the server calls it.
    const key = provider.toLowerCase();
    return isKnownProvider(key) ? t(`social.providers.${key}`) : provider;
  };

  const isConnected = (provider: string) => accounts.some((account) => account.provider === provider);

  const onConnect = async (provider: string) => {
    await connect(provider);
    focusWhenDone({ target: 'switch', provider });
  };

  const onDisconnect = async (provider: string, from: 'switch' | 'list') => {
    const error = await disconnect(provider);
    focusWhenDone({ target: from === 'switch' ? 'switch' : error ? 'disconnect' : 'disclosure', provider });
  };

  const outcomeMessage = ({ provider, action, error }: SocialOutcome): string => {
    const name = nameOf(provider);
    if (!error) return action === 'connect' ? t('social.connected', { name }) : t('social.disconnected', { name });
    if (action === 'connect') {
      if (error.code === 'social_taken') return t('social.taken', { name });
      // Main's wait for the browser ran out (five minutes).
      if (error.code === 'timeout') return tApp('social.timedOut');
      return `${t('social.connectFailed', { name })} ${describeError(error)}`;
    }
    if (error.code === 'last_sign_in_method') return t('social.lastMethod', { name });
    return `${t('social.disconnectFailed', { name })} ${describeError(error)}`;
  };

  const connecting = busy?.action === 'connect' ? busy : null;

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('social.heading')}</h2>
      {accounts.length === 0 ? (
        <p className="section-value muted">{t('social.none')}</p>
      ) : (
        <ul className="social-list" aria-labelledby={headingId}>
          {accounts.map((account) => {
            const name = nameOf(account.provider);
            const disconnecting = busy?.action === 'disconnect' && busy.provider === account.provider;
            return (
              <li key={`${account.provider}:${account.displayName}`} className="social-account">
                <ProviderIcon id={account.provider} name={name} />
                <span className="social-account-text">
                  <span className="social-provider">{name}</span> <span className="muted">{account.displayName}</span>
                </span>{' '}
                <button
                  ref={disconnectRefs.refFor(account.provider)}
                  type="button"
                  className="button-secondary"
                  aria-label={disconnecting ? t('social.disconnectingNamed', { name }) : t('social.disconnectNamed', { name })}
                  disabled={busy !== null}
                  onClick={() => void onDisconnect(account.provider, 'list')}
                >
                  {disconnecting ? t('social.disconnecting') : t('social.disconnect')}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {outcome &&
        (outcome.error ? (
          <p className="notice notice-error" role="alert">
            {outcomeMessage(outcome)}
          </p>
        ) : (
          <p className="notice notice-success" role="status">
            {outcomeMessage(outcome)}
          </p>
        ))}

      {connecting && (
        <BrowserWait
          provider={{ id: connecting.provider, name: nameOf(connecting.provider) }}
          cancelling={connecting.cancelling}
          onCancel={() => void cancelConnect()}
          level={3}
        />
      )}

      <div>
        <button
          ref={disclosureRef}
          type="button"
          className="button-secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((shown) => !shown)}
        >
          {t('social.connectOther')}
        </button>
      </div>
      <div id={panelId} className="social-services" hidden={!open}>
        {open && (providers.status === 'idle' || providers.status === 'loading') && (
          <p className="muted" role="status">
            {t('social.loadingServices')}
          </p>
        )}
        {open && providers.status === 'error' && (
          <div className="notice notice-error" role="alert">
            <p>{t('social.servicesFailed')}</p>
            <button type="button" className="button-secondary" onClick={() => void loadProviders()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {providers.status === 'ready' && (
          <ul className="social-switches" aria-label={t('social.services')}>
            {providers.list.map((provider) => {
              const connected = isConnected(provider.id);
              return (
                <li key={provider.id}>
                  <button
                    ref={switchRefs.refFor(provider.id)}
                    type="button"
                    role="switch"
                    className="social-switch"
                    aria-checked={connected}
                    aria-busy={busy?.provider === provider.id}
                    disabled={busy !== null}
                    onClick={() => void (connected ? onDisconnect(provider.id, 'switch') : onConnect(provider.id))}
                  >
                    <ProviderIcon id={provider.id} name={provider.name} />
                    <span className="social-switch-name">{provider.name}</span>
                    <span className="switch-track" aria-hidden="true">
                      <span className="switch-thumb" />
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
