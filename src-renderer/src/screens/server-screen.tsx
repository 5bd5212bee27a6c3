import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, BridgeError, ServerHealth } from '../../../src-preload/contract.ts';
import { normalisedServerUrl, serverUrlProblem, type ServerUrlProblem } from '../../../src-preload/server-url.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useFocusWhenIdle } from '../account/use-focus-when-idle.ts';
import { call } from '../bridge/bitrix-id.ts';
import { SignedOutPage } from '../components/signed-out-page.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { createRequestGuard } from '../stores/request-guard.ts';
import { useServerStore } from '../stores/server-store.ts';
import { useSessionStore } from '../stores/session-store.ts';
import '../account/account.css';
import { MAX_LINK_LENGTH } from '../../../src-preload/field-limits.ts';

/** Failures that mean the server at the address did not answer properly. */
const unreachable: ReadonlySet<BridgeError['code']> = new Set(['network', 'timeout', 'server']);

/** What the person should do about each refused address (keys of the `server` strings). */
const addressProblemKeys = {
  not_a_url: 'server.addressNotUrl',
  credentials: 'server.addressCredentials',
  extras: 'server.addressExtras',
  not_https: 'server.addressInvalid',
} as const satisfies Record<ServerUrlProblem, string>;

type TestOutcome = { kind: 'connected'; health: ServerHealth } | { kind: 'failed'; message: string };

/** Where a switch goes: a server at an address, the embedded mock, or the person's Bitrix24 account. */
type SwitchTarget = { kind: 'url'; url: string } | { kind: 'mock' } | { kind: 'bitrix24' };

interface ServerScreenProps {
  /** `page` when signed out (a screen of its own); `embedded` inside the signed-in shell. */
  variant: 'page' | 'embedded';
  /** Back to sign-in (page) or to the portals (embedded), or to the Settings screen it was opened from. */
  onBack(): void;
  /** Opened from the Settings screen: the way back leads there. */
  fromSettings?: boolean;
}

/**
 * Which backend the app talks to: what is in use now, a form to test and use a server by its address,
 * and the way back to the embedded mock. Switching signs out of the old server (main does it), so a
 * signed-in person confirms first; afterwards the app shows the sign-in screen for the new one.
 */
export default function ServerScreen({ variant, onBack, fromSettings = false }: ServerScreenProps) {
  const { t } = useTranslation('account');
  const common = useTranslation().t;
  const describeError = useDescribeError();
  const appInfo = useServerStore((state) => state.appInfo);
  const signedIn = useSessionStore((state) => state.session?.status === 'signed_in');
  const switchServer = useServerStore((state) => state.switchServer);
  const switchToBitrix24 = useServerStore((state) => state.switchToBitrix24);
  const headingId = useId();
  const bitrix24HintId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const testRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const useMockRef = useRef<HTMLButtonElement>(null);
  const useBitrix24Ref = useRef<HTMLButtonElement>(null);

  // The server in use, so the field says where the app is now; the embedded mock and Bitrix24 have no address to show.
  const [address, setAddress] = useState(() => (appInfo?.backend.mode === 'url' ? appInfo.backend.url : ''));
  /** Set when an attempt finds the address missing, too long, or refused by main. */
  const [submitError, setSubmitError] = useState<string | undefined>();
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  /** Set when "Use this server" names the server already in use: nothing to switch. */
  const [alreadyInUse, setAlreadyInUse] = useState(false);
  /** Which switch is running: to the typed server, back to the embedded mock, or to Bitrix24. */
  const [switchingTo, setSwitchingTo] = useState<SwitchTarget['kind'] | null>(null);
  const switching = switchingTo !== null;
  const [switchError, setSwitchError] = useState<string | null>(null);
  /** The switch waiting for "Switch and sign out". */
  const [confirming, setConfirming] = useState<SwitchTarget | null>(null);
  /** Invalidated when the address changes, so a test's answer about an older address is dropped. */
  const [addressTests] = useState(createRequestGuard);
  const focusWhenIdle = useFocusWhenIdle(testing || switching);

  useEffect(() => headingRef.current?.focus(), []);

  const trimmed = address.trim();
  // Checked as the person types: the same rule main applies.
  const typedProblem = trimmed === '' ? null : serverUrlProblem(trimmed);
  const typedError = typedProblem === null ? undefined : t(addressProblemKeys[typedProblem]);
  const addressError = typedError ?? submitError;

  /** The address to send, or null after saying what is wrong with it. */
  const checkedAddress = (): string | null => {
    const error =
      trimmed === '' ? t('server.addressRequired') : trimmed.length > MAX_LINK_LENGTH ? t('common.tooLong') : typedError;
    if (error === undefined) return trimmed;
    setSubmitError(error);
    addressRef.current?.focus();
    return null;
  };

  const editAddress = (value: string) => {
    setAddress(value);
    setSubmitError(undefined);
    setOutcome(null);
    setAlreadyInUse(false);
    setSwitchError(null);
    addressTests.invalidate();
  };

  const describeTestFailure = (error: BridgeError): string => {
    if (error.code === 'validation') return t('server.addressInvalid');
    if (unreachable.has(error.code)) return t('server.unreachable');
    if (error.code === 'not_bitrix_id_server') return describeError(error);
    return `${t('server.testFailed')} ${describeError(error)}`;
  };

  const describeSwitchFailure = (error: BridgeError, target: SwitchTarget): string => {
    if (error.code === 'validation' && target.kind === 'url') return `${t('server.switchFailed')} ${t('server.addressInvalid')}`;
    if (unreachable.has(error.code) && target.kind === 'url') return t('server.switchUnreachable');
    return `${t('server.switchFailed')} ${describeError(error)}`;
  };

  const startSwitch = (target: SwitchTarget): Promise<BridgeError | null> => {
    switch (target.kind) {
      case 'url':
        return switchServer(target.url);
      case 'mock':
        return switchServer(null);
      case 'bitrix24':
        return switchToBitrix24();
    }
  };

  const buttonOf = (target: SwitchTarget) => {
    switch (target.kind) {
      case 'url':
        return submitRef;
      case 'mock':
        return useMockRef;
      case 'bitrix24':
        return useBitrix24Ref;
    }
  };

  const onTest = async () => {
    if (testing || switching) return;
    const url = checkedAddress();
    if (url === null) return;
    const current = addressTests.begin();
    setTesting(true);
    setOutcome(null);
    setAlreadyInUse(false);
    const result = await call((api) => api.server.test({ url }));
    setTesting(false);
    if (!current()) return;
    setOutcome(result.ok ? { kind: 'connected', health: result.value } : { kind: 'failed', message: describeTestFailure(result.error) });
    focusWhenIdle(testRef);
  };

  const runSwitch = async (target: SwitchTarget) => {
    if (switching) return;
    setSwitchingTo(target.kind);
    setSwitchError(null);
    const error = await startSwitch(target);
    // On success the app shows the new backend's first screen, and this screen is gone.
    setSwitchingTo(null);
    if (!error) return;
    setSwitchError(describeSwitchFailure(error, target));
    // With the confirmation open, the failure shows there and focus stays in it.
    if (!confirming) focusWhenIdle(buttonOf(target));
  };

  const requestSwitch = (target: SwitchTarget) => {
    if (switching || testing) return;
    setSwitchError(null);
    if (signedIn) setConfirming(target);
    else void runSwitch(target);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = checkedAddress();
    if (url === null) return;
    setOutcome(null);
    const inUse = appInfo?.backend.mode === 'url' && normalisedServerUrl(url) === appInfo.backend.url;
    setAlreadyInUse(inUse);
    if (!inUse) requestSwitch({ kind: 'url', url });
  };

  const backend = appInfo?.backend;
  const content = (
    <>
      <button type="button" className="button-link back-link" onClick={onBack}>
        {fromSettings ? common('settings.backToSettings') : variant === 'page' ? t('server.backToSignIn') : t('server.back')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('server.heading')}
      </h1>
      <p className="muted">{t('server.intro')}</p>
      {backend && (
        <p className="server-in-use">
          {t('server.inUse')} <strong>{backendInUse(backend, t('server.mock'), t('server.bitrix24'))}</strong>
        </p>
      )}
      {backend?.source === 'override' && <p className="notice">{t('server.override')}</p>}

      <form className="stacked-form" noValidate aria-labelledby={headingId} aria-busy={testing || switching} onSubmit={onSubmit}>
        <TextField
          ref={addressRef}
          label={t('server.address')}
          name="server"
          type="url"
          autoComplete="url"
          autoCapitalize="none"
          spellCheck={false}
          value={address}
          onChange={editAddress}
          hint={t('server.addressHint')}
          error={addressError}
        />
        <div className="form-actions">
          <button ref={testRef} type="button" className="button-secondary" disabled={testing || switching} onClick={() => void onTest()}>
            {testing ? t('server.testing') : t('server.test')}
          </button>
          <button ref={submitRef} type="submit" className="button-primary" disabled={testing || switching}>
            {switchingTo === 'url' && confirming === null ? t('server.switching') : t('server.use')}
          </button>
        </div>
        {outcome?.kind === 'connected' && (
          <p className="notice notice-success" role="status">
            {t('server.connected', { name: outcome.health.name, version: outcome.health.version })}
          </p>
        )}
        {alreadyInUse && (
          <p className="notice" role="status">
            {t('server.alreadyInUse')}
          </p>
        )}
        {outcome?.kind === 'failed' && (
          <p className="notice notice-error" role="alert">
            {outcome.message}
          </p>
        )}
        {switchError && confirming === null && (
          <p className="notice notice-error" role="alert">
            {switchError}
          </p>
        )}
      </form>

      {backend?.mode !== 'mock' && (
        <div className="form-actions">
          <button
            ref={useMockRef}
            type="button"
            className="button-secondary"
            disabled={testing || switching}
            onClick={() => requestSwitch({ kind: 'mock' })}
          >
            {switchingTo === 'mock' && confirming === null ? t('server.switching') : t('server.useMock')}
          </button>
        </div>
      )}

      {backend?.mode !== 'bitrix24' && (
        <div className="server-choice">
          <button
            ref={useBitrix24Ref}
            type="button"
            className="button-secondary"
            disabled={testing || switching}
            aria-describedby={bitrix24HintId}
            onClick={() => requestSwitch({ kind: 'bitrix24' })}
          >
            {switchingTo === 'bitrix24' && confirming === null ? t('server.switching') : t('server.useBitrix24')}
          </button>
          <p id={bitrix24HintId} className="muted">
            {t('server.bitrix24Hint')}
          </p>
        </div>
      )}

      {confirming && (
        <ConfirmDialog
          title={t('server.confirmTitle')}
          text={t('server.confirmText')}
          confirmLabel={t('server.confirm')}
          busyLabel={t('server.switching')}
          cancelLabel={t('common.cancel')}
          busy={switching}
          error={switchError}
          onConfirm={() => void runSwitch(confirming)}
          onCancel={() => {
            setConfirming(null);
            setSwitchError(null);
          }}
        />
      )}
    </>
  );

  return variant === 'page' ? (
    <SignedOutPage cardClassName="server-card">
      <ServerSection labelledBy={headingId}>{content}</ServerSection>
    </SignedOutPage>
  ) : (
    <ServerSection labelledBy={headingId}>{content}</ServerSection>
  );
}

/** What the server screen names as in use: the mock, the server's address, or the Bitrix24 account (the Network's address). */
function backendInUse(backend: AppInfo['backend'], mockName: string, bitrix24Name: string): string {
  switch (backend.mode) {
    case 'mock':
      return mockName;
    case 'url':
      return backend.url;
    case 'bitrix24':
      return `${bitrix24Name} (${backend.url})`;
  }
}

function ServerSection({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section className="server-settings" aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
