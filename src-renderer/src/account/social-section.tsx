import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../../../src-preload/contract.ts';
import { BrowserWait } from '../components/browser-wait.tsx';
import { useButtonsById } from '../components/buttons-by-id.ts';
import { ProviderIcon } from '../components/provider-icon.tsx';
import { useLeavesByItself } from '../components/use-leaves-by-itself.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useProviderName } from '../i18n/provider-name.ts';
import { useSocialConnectionsStore, type SocialOutcome } from '../stores/social-connections-store.ts';
import { useSocialProvidersStore } from '../stores/social-providers-store.ts';

/**
 * One row per social service, with one control each: Connect, or Disconnect for a connected one
 * (with the account it is connected as). The services are the server's list, plus any connected one
 * it does not name. Connecting goes through the system browser, so only one connect or disconnect
 * runs at a time and everything else waits, disabled.
 */
export function SocialSection({ accounts }: { accounts: SocialAccount[] }) {
  const { t } = useTranslation('account');
  const { t: tApp } = useTranslation();
  const providerName = useProviderName();
  const describeError = useDescribeError();
  const providers = useSocialProvidersStore((state) => state.providers);
  const loadProviders = useSocialProvidersStore((state) => state.load);
  const busy = useSocialConnectionsStore((state) => state.busy);
  const outcome = useSocialConnectionsStore((state) => state.outcome);
  const connect = useSocialConnectionsStore((state) => state.connectSocial);
  const disconnect = useSocialConnectionsStore((state) => state.disconnectSocial);
  const cancelConnect = useSocialConnectionsStore((state) => state.cancelSocialConnect);
  const dismissOutcome = useSocialConnectionsStore((state) => state.dismissSocialOutcome);
  const successLeaves = useLeavesByItself(outcome && !outcome.error ? dismissOutcome : undefined);
  const headingId = useId();
  // Set when an action ends; the tick makes sure a render (and the effect below) follows.
  const focusAfter = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const buttons = useButtonsById();

  useEffect(() => {
    // The names come from the server's list; so do the services offered.
    void loadProviders();
  }, [loadProviders]);

  // An outcome belongs to this visit of the section.
  useEffect(() => dismissOutcome, [dismissOutcome]);

  // The row stays whatever happened, so its button (Connect or Disconnect now) takes the focus back.
  useEffect(() => {
    const provider = focusAfter.current;
    if (provider === null || busy) return;
    focusAfter.current = null;
    buttons.get(provider)?.focus();
  }, [focusTick, busy, buttons]);

  const focusWhenDone = (provider: string) => {
    focusAfter.current = provider;
    setFocusTick((tick) => tick + 1);
  };

  const nameOf = (provider: string): string => {
    const offered = providers.list.find((candidate) => candidate.id === provider);
    return providerName(provider, offered?.name);
  };

  const onConnect = async (provider: string) => {
    await connect(provider);
    focusWhenDone(provider);
  };

  const onDisconnect = async (provider: string) => {
    await disconnect(provider);
    focusWhenDone(provider);
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
  const offered = providers.status === 'ready' ? providers.list.map((provider) => provider.id) : [];
  const services = [...offered, ...accounts.map((account) => account.provider).filter((id) => !offered.includes(id))];

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('social.heading')}</h2>
      {(providers.status === 'idle' || providers.status === 'loading') && (
        <p className="muted" role="status">
          {t('social.loadingServices')}
        </p>
      )}
      {providers.status === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{t('social.servicesFailed')}</p>
          <button type="button" className="button-secondary" onClick={() => void loadProviders()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {providers.status !== 'ready' && accounts.length === 0 && <p className="section-value muted">{t('social.none')}</p>}
      {services.length > 0 && (
        <ul className="social-list" aria-label={t('social.services')}>
          {services.map((provider) => {
            const name = nameOf(provider);
            const account = accounts.find((candidate) => candidate.provider === provider);
            const mine = busy?.provider === provider;
            const label = account
              ? mine
                ? t('social.disconnectingNamed', { name })
                : t('social.disconnectNamed', { name })
              : t('social.connectNamed', { name });
            return (
              <li key={provider} className="social-account">
                <ProviderIcon id={provider} name={name} />
                <span className="social-account-text">
                  <span className="social-provider">{name}</span>{' '}
                  <span className="muted">{account ? account.displayName : t('social.notConnected')}</span>
                </span>{' '}
                <button
                  ref={buttons.refFor(provider)}
                  type="button"
                  className="button-secondary"
                  aria-label={label}
                  aria-busy={mine || undefined}
                  disabled={busy !== null}
                  onClick={() => void (account ? onDisconnect(provider) : onConnect(provider))}
                >
                  {account ? (mine ? t('social.disconnecting') : t('social.disconnect')) : t('social.connect')}
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
          <p className="notice notice-success" role="status" {...successLeaves}>
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
    </section>
  );
}
