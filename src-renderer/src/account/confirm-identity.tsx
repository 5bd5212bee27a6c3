import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, LoginChannel, Profile, SocialProvider } from '../../../src-preload/contract.ts';
import { BrowserWait } from '../components/browser-wait.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useProviderName } from '../i18n/provider-name.ts';
import { useProofStore } from '../stores/proof-store.ts';
import { useSocialProvidersStore } from '../stores/social-providers-store.ts';
import { formatLogin } from './phone.ts';
import { useCodeMessages } from './two-factor-code-field.tsx';
import { checkCode } from './two-factor-codes.ts';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';
import { parseTime, useSecondsLeft } from './use-seconds-left.ts';

interface ConfirmIdentityProps {
  profile: Profile;
  /** Without it, no Cancel here: the form around this step has its own. */
  onCancel?: () => void;
}

/**
 * "Confirm it's you", for an account without a password: a code to its own e-mail or phone, or a
 * sign-in again with each connected social service; then the code. Main keeps the proof; the
 * form around this one goes on once the proof store says there is one.
 */
export function ConfirmIdentity({ profile, onCancel }: ConfirmIdentityProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const providerName = useProviderName();
  const busy = useProofStore((state) => state.busy);
  const sent = useProofStore((state) => state.sent);
  const socialProvider = useProofStore((state) => state.socialProvider);
  const sendCode = useProofStore((state) => state.sendCode);
  const proveWithSocial = useProofStore((state) => state.proveWithSocial);
  const cancelSocial = useProofStore((state) => state.cancelSocial);
  const providers = useSocialProvidersStore((state) => state.providers.list);
  const loadProviders = useSocialProvidersStore((state) => state.load);
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadProviders();
  }, [loadProviders]);
  useEffect(() => {
    if (!sent && !socialProvider) firstChoiceRef.current?.focus();
  }, [sent, socialProvider]);

  const providerOf = (id: string): SocialProvider => providers.find((provider) => provider.id === id) ?? { id, name: id };

  const failed = (prefix: string, failure: BridgeError | null) => {
    if (failure && failure.code !== 'cancelled') setError(`${prefix} ${describeError(failure)}`);
  };

  const send = async (channel: LoginChannel) => {
    setError(null);
    failed(t('proof.sendFailed'), await sendCode(channel));
  };

  const social = async (provider: string) => {
    setError(null);
    failed(t('proof.proveFailed'), await proveWithSocial(provider));
  };

  if (socialProvider) {
    return <BrowserWait provider={providerOf(socialProvider)} cancelling={false} onCancel={cancelSocial} level={3} />;
  }
  if (sent) return <CodeStep onSend={send} sendError={error} />;

  const choices: Array<{ key: string; label: string; run(): void }> = [];
  for (const channel of ['email', 'phone'] as const) {
    const login = channel === 'email' ? profile.email : profile.phone;
    if (login) choices.push({ key: channel, label: t('proof.sendTo', { login: formatLogin(channel, login) }), run: () => void send(channel) });
  }
  for (const account of profile.socialAccounts) {
    const name = providerName(account.provider, providerOf(account.provider).name);
    choices.push({ key: account.provider, label: t('proof.signInAgain', { name }), run: () => void social(account.provider) });
  }

  return (
    <section className="proof-step" aria-labelledby={headingId} aria-busy={busy}>
      <h3 id={headingId}>{t('proof.heading')}</h3>
      <p className="muted">{t('proof.why')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="proof-choices">
        {choices.map((choice, index) => (
          <button
            key={choice.key}
            ref={index === 0 ? firstChoiceRef : undefined}
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={choice.run}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {onCancel && (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The code that was sent: type it, send a new one once allowed, or choose another way. */
function CodeStep({ onSend, sendError }: { onSend(channel: LoginChannel): Promise<void>; sendError: string | null }) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const codeMessages = useCodeMessages();
  const busy = useProofStore((state) => state.busy);
  const sent = useProofStore((state) => state.sent);
  const proveWithCode = useProofStore((state) => state.proveWithCode);
  const chooseAgain = useProofStore((state) => state.chooseAgain);
  const headingId = useId();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const focusWhenIdle = useFocusWhenIdle(busy);
  const secondsLeft = useSecondsLeft(sent ? parseTime(sent.resendAvailableAt) : null);

  useEffect(() => fieldRef.current?.focus(), []);
  if (!sent) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    // The same reading of a 6-digit code as every other code field ("123 456" is fine).
    const checked = checkCode('app', code);
    if ('problem' in checked) {
      setFieldError(checked.problem === 'required' ? t('proof.codeRequired') : t('proof.codeInvalid'));
      focusWhenIdle(fieldRef);
      return;
    }
    const error = await proveWithCode(checked.code);
    if (!error) return;
    if (error.code === 'invalid_code') {
      setFieldError(codeMessages.wrong(error));
    } else if (error.code === 'code_expired') {
      setFieldError(t('proof.codeEnded'));
    } else {
      setFormError(`${t('proof.proveFailed')} ${describeError(error)}`);
    }
    focusWhenIdle(fieldRef);
  };

  return (
    <form className="proof-step" noValidate aria-labelledby={headingId} aria-busy={busy} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t('proof.heading')}</h3>
      <p>{t('proof.codeSent', { login: formatLogin(sent.channel, sent.sentTo) })}</p>
      {(formError ?? sendError) && (
        <p className="notice notice-error" role="alert">
          {formError ?? sendError}
        </p>
      )}
      <TextField
        ref={fieldRef}
        label={t('proof.code')}
        name="one-time-code"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={(next) => {
          setCode(next);
          setFieldError(undefined);
        }}
        error={fieldError}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('proof.confirming') : t('proof.confirm')}
        </button>
        <button type="button" className="button-secondary" disabled={busy || secondsLeft > 0} onClick={() => void onSend(sent.channel)}>
          {secondsLeft > 0 ? t('proof.resendIn', { seconds: secondsLeft }) : t('proof.resend')}
        </button>
        <span className="spacer" />
        <button type="button" className="button-link" onClick={chooseAgain}>
          {t('proof.otherWay')}
        </button>
      </div>
    </form>
  );
}
