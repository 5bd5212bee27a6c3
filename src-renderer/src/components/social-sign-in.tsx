import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialProvider } from '../../../src-preload/contract.ts';
import { useProviderName } from '../i18n/provider-name.ts';
import { useButtonsById } from './buttons-by-id.ts';
import { ProviderIcon } from './provider-icon.tsx';

interface SocialSignInProps {
  providers: SocialProvider[];
  disabled: boolean;
  onPick(provider: SocialProvider): void;
  /** A new object moves the focus to that service's button (after its sign-in ended without success). */
  focusRequest: { id: string } | null;
}

/** "Or sign in with" and one button per service the server offers; each button names its service. */
export function SocialSignIn({ providers, disabled, onPick, focusRequest }: SocialSignInProps) {
  const { t } = useTranslation();
  const providerName = useProviderName();
  const labelId = useId();
  const buttons = useButtonsById();

  useEffect(() => {
    if (focusRequest) buttons.get(focusRequest.id)?.focus();
  }, [focusRequest, buttons]);

  return (
    <div className="social-sign-in" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="social-divider">
        {t('social.orSignInWith')}
      </p>
      <ul className="provider-buttons">
        {providers.map((provider) => {
          const name = providerName(provider.id, provider.name);
          const label = t('social.signInWith', { name });
          return (
            <li key={provider.id}>
              <button
                ref={buttons.refFor(provider.id)}
                type="button"
                className="provider-button"
                title={label}
                disabled={disabled}
                onClick={() => onPick(provider)}
              >
                <ProviderIcon id={provider.id} name={name} size={22} />
                <span className="visually-hidden">{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
