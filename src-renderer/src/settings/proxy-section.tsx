import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProxyMode, ProxySettings } from '../../../src-preload/contract.ts';
import { MAX_LINK_LENGTH } from '../../../src-preload/field-limits.ts';
import { proxyUrlProblem, type ProxyUrlProblem } from '../../../src-preload/proxy-url.ts';
import { call } from '../bridge/bitrix-id.ts';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import '../account/account.css';

/** What the person should type instead of each refused address (keys of the `proxy` strings). */
const addressProblemKeys = {
  not_a_url: 'proxy.addressNotUrl',
  credentials: 'proxy.addressCredentials',
  extras: 'proxy.addressExtras',
} as const satisfies Record<ProxyUrlProblem, string>;

/** The saved user name and password: kept, replaced by new ones, or removed, on Save. */
type CredentialsChoice = 'keep' | 'replace' | 'remove';

type Outcome = { kind: 'saved' } | { kind: 'tested' } | { kind: 'failed'; message: string };

/**
 * The proxy for main's calls: the system's settings, or a proxy server with an optional user name
 * and password. The password is write-only: main says only whether one is saved (in the OS
 * keychain), and this form offers to replace or remove it.
 */
export function ProxySection() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const modeName = useId();
  const legendId = useId();
  const systemHintId = useId();
  const addressRef = useRef<HTMLInputElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const [saved, setSaved] = useState<ProxySettings | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [mode, setMode] = useState<ProxyMode>('system');
  const [address, setAddress] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [credentials, setCredentials] = useState<CredentialsChoice>('keep');
  const [errors, setErrors] = useState<{ address?: string; username?: string; password?: string }>({});
  const [busy, setBusy] = useState<'saving' | 'testing' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const show = (settings: ProxySettings) => {
    setSaved(settings);
    setMode(settings.mode);
    setAddress(settings.url ?? '');
    setUsername('');
    setPassword('');
    setCredentials('keep');
  };

  useEffect(() => {
    let current = true;
    void call((api) => api.proxy.get()).then((result) => {
      if (!current) return;
      if (result.ok) show(result.value);
      else setLoadFailed(true);
    });
    return () => {
      current = false;
    };
  }, []);

  const edited = () => setOutcome(null);
  const trimmed = address.trim();
  const typedProblem = trimmed === '' ? null : proxyUrlProblem(trimmed);
  const addressError = typedProblem === null ? errors.address : t(addressProblemKeys[typedProblem]);
  const hasSaved = saved?.hasCredentials === true;
  // New credentials are typed when none are saved, or when the person chose to replace them.
  const typingCredentials = !hasSaved || credentials === 'replace';

  /** The request to send, or null after saying what is missing (and moving focus to it). */
  const checkedRequest = () => {
    if (mode === 'system') return { mode: 'system' as const };
    const found: typeof errors = {};
    if (trimmed === '') found.address = t('proxy.addressRequired');
    else if (trimmed.length > MAX_LINK_LENGTH) found.address = t('signIn.tooLong');
    else if (typedProblem !== null) found.address = t(addressProblemKeys[typedProblem]);
    // Optional when none are saved; a replacement needs both.
    const typed = typingCredentials && (credentials === 'replace' || username !== '' || password !== '');
    if (typed && username === '') found.username = t('proxy.usernameRequired');
    if (typed && password === '') found.password = t('proxy.passwordRequired');
    setErrors(found);
    if (found.address) addressRef.current?.focus();
    else if (found.username) usernameRef.current?.focus();
    else if (found.password) passwordRef.current?.focus();
    if (Object.keys(found).length > 0) return null;
    const change = typed ? { credentials: { username, password } } : credentials === 'remove' ? { credentials: null } : {};
    return { mode: 'manual' as const, url: trimmed, ...change };
  };

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const request = checkedRequest();
    if (!request) return;
    setBusy('saving');
    setOutcome(null);
    const result = await call((api) => api.proxy.set(request));
    setBusy(null);
    if (result.ok) {
      show(result.value);
      setOutcome({ kind: 'saved' });
    } else {
      setOutcome({ kind: 'failed', message: `${t('proxy.saveFailed')} ${describeError(result.error)}` });
    }
  };

  const onTest = async () => {
    if (busy) return;
    setBusy('testing');
    setOutcome(null);
    const result = await call((api) => api.proxy.test());
    setBusy(null);
    setOutcome(result.ok ? { kind: 'tested' } : { kind: 'failed', message: `${t('proxy.testFailed')} ${describeError(result.error)}` });
  };

  return (
    <section className="proxy-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('proxy.heading')}</h2>
      <p className="muted">{t('proxy.intro')}</p>
      {loadFailed && (
        <p className="notice notice-error" role="alert">
          {t('proxy.loadFailed')}
        </p>
      )}
      {saved && (
        <form className="stacked-form" noValidate aria-labelledby={headingId} aria-busy={busy !== null} onSubmit={(event) => void onSave(event)}>
          <fieldset className="scenario-list" aria-labelledby={legendId}>
            <legend id={legendId}>{t('proxy.modeLegend')}</legend>
            <label className="radio">
              <input
                type="radio"
                name={modeName}
                checked={mode === 'system'}
                aria-describedby={systemHintId}
                onChange={() => {
                  setMode('system');
                  setErrors({});
                  edited();
                }}
              />
              {t('proxy.system')}
            </label>
            <p id={systemHintId} className="field-hint scenario-description">
              {t('proxy.systemHint')}
            </p>
            <label className="radio">
              <input
                type="radio"
                name={modeName}
                checked={mode === 'manual'}
                onChange={() => {
                  setMode('manual');
                  edited();
                }}
              />
              {t('proxy.manual')}
            </label>
          </fieldset>

          {mode === 'manual' && (
            <>
              <TextField
                ref={addressRef}
                label={t('proxy.address')}
                name="proxy"
                type="url"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={address}
                onChange={(value) => {
                  setAddress(value);
                  setErrors((shown) => ({ ...shown, address: undefined }));
                  edited();
                }}
                hint={t('proxy.addressHint')}
                error={addressError}
              />
              <h3 className="proxy-credentials-heading">{t('proxy.credentialsHeading')}</h3>
              {hasSaved && credentials === 'keep' && (
                <>
                  <p className="notice" role="status">
                    {t('proxy.credentialsSaved')}
                  </p>
                  <div className="form-actions">
                    <button type="button" className="button-secondary" onClick={() => setCredentials('replace')}>
                      {t('proxy.replaceCredentials')}
                    </button>
                    <button type="button" className="button-secondary" onClick={() => setCredentials('remove')}>
                      {t('proxy.removeCredentials')}
                    </button>
                  </div>
                </>
              )}
              {hasSaved && credentials === 'remove' && (
                <>
                  <p className="notice" role="status">
                    {t('proxy.credentialsRemoving')}
                  </p>
                  <div className="form-actions">
                    <button type="button" className="button-secondary" onClick={() => setCredentials('keep')}>
                      {t('proxy.keepCredentials')}
                    </button>
                  </div>
                </>
              )}
              {typingCredentials && (
                <>
                  <TextField
                    ref={usernameRef}
                    label={t('proxy.username')}
                    name="proxy-username"
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    value={username}
                    onChange={(value) => {
                      setUsername(value);
                      setErrors((shown) => ({ ...shown, username: undefined }));
                      edited();
                    }}
                    error={errors.username}
                  />
                  <TextField
                    ref={passwordRef}
                    label={t('proxy.password')}
                    name="proxy-password"
                    autoComplete="new-password"
                    password
                    revealLabel={t('proxy.showPassword')}
                    value={password}
                    onChange={(value) => {
                      setPassword(value);
                      setErrors((shown) => ({ ...shown, password: undefined }));
                      edited();
                    }}
                    error={errors.password}
                  />
                  {hasSaved && (
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => {
                          setCredentials('keep');
                          setUsername('');
                          setPassword('');
                          setErrors((shown) => ({ address: shown.address }));
                        }}
                      >
                        {t('proxy.keepCredentials')}
                      </button>
                    </div>
                  )}
                </>
              )}
            </>
          )}

          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy !== null}>
              {busy === 'saving' ? t('proxy.saving') : t('proxy.save')}
            </button>
            <button type="button" className="button-secondary" disabled={busy !== null} aria-describedby={`${headingId}-test`} onClick={() => void onTest()}>
              {busy === 'testing' ? t('proxy.testing') : t('proxy.test')}
            </button>
          </div>
          <p id={`${headingId}-test`} className="field-hint">
            {t('proxy.testHint')}
          </p>
          {outcome?.kind === 'saved' && (
            <p className="notice notice-success" role="status">
              {t('proxy.saved')}
            </p>
          )}
          {outcome?.kind === 'tested' && (
            <p className="notice notice-success" role="status">
              {t('proxy.testPassed')}
            </p>
          )}
          {outcome?.kind === 'failed' && (
            <p className="notice notice-error" role="alert">
              {outcome.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
