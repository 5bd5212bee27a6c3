import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, MockScenarios } from '../../../src-preload/contract.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { MockQrApprove } from '../account/mock-qr-approve.tsx';
import { useFocusWhenIdle } from '../account/use-focus-when-idle.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useSessionStore } from '../stores/session-store.ts';
import { MockTwoStepCodes } from './mock-two-step-codes.tsx';
import '../account/account.css';

type Status = 'loading' | 'ready' | 'error';
/** The outcome of the last action, shown until the next one. */
type Notice = { kind: 'applied'; name: string } | { kind: 'reset' };

interface MockBackendScreenProps {
  /** `page` is a view of the signed-in shell; `dialog` sits in `ToolDialog`, over a signed-out screen. */
  variant?: 'page' | 'dialog';
  /** Back to the portals (page) or closes the dialog. */
  onBack(): void;
}

/**
 * For testers, with the embedded mock only: which scenario the mock backend plays (slow answers,
 * rate limits, outages…), a choice of the others, and a reset of its data to the seed.
 */
export default function MockBackendScreen({ variant = 'page', onBack }: MockBackendScreenProps) {
  const { t } = useTranslation('account');
  const describeError = useDescribeError();
  const adopt = useSessionStore((state) => state.adopt);
  const headingId = useId();
  const legendId = useId();
  const radioName = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [loadError, setLoadError] = useState<BridgeError | null>(null);
  const [scenarios, setScenarios] = useState<MockScenarios | null>(null);
  /** The scenario picked in the list; the current one until the person picks another. */
  const [picked, setPicked] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<BridgeError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [resetError, setResetError] = useState<BridgeError | null>(null);
  /** Bumped by "Try again", which loads the scenarios again. */
  const [attempt, setAttempt] = useState(0);
  const focusWhenIdle = useFocusWhenIdle(applying);

  useEffect(() => headingRef.current?.focus(), []);

  useEffect(() => {
    // Only the newest request's answer is shown.
    let current = true;
    void call((api) => api.mock.scenarios()).then((result) => {
      if (!current) return;
      if (result.ok) {
        setScenarios(result.value);
        setLoadError(null);
        setStatus('ready');
      } else {
        setLoadError(result.error);
        setStatus('error');
      }
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = () => {
    setStatus('loading');
    setAttempt((count) => count + 1);
  };

  /** Sentences for the failures this panel can meet; everything else as the app says it elsewhere. */
  const describe = (error: BridgeError): string => {
    if (error.code === 'forbidden') return t('mock.unavailable');
    if (error.code === 'not_found') return t('mock.unknownScenario');
    return describeError(error);
  };

  const selected = picked ?? scenarios?.current ?? null;

  const onApply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (applying || resetting || selected === null) return;
    setApplying(true);
    setApplyError(null);
    setNotice(null);
    const result = await call((api) => api.mock.setScenario({ name: selected }));
    setApplying(false);
    if (result.ok) {
      setScenarios(result.value);
      setPicked(null);
      setNotice({ kind: 'applied', name: result.value.current });
    } else {
      setApplyError(result.error);
    }
    focusWhenIdle(applyRef);
  };

  const onReset = async () => {
    if (resetting) return;
    setResetting(true);
    setResetError(null);
    const result = await call((api) => api.mock.reset());
    setResetting(false);
    if (!result.ok) {
      setResetError(result.error);
      return;
    }
    setConfirmingReset(false);
    setScenarios(result.value);
    setLoadError(null);
    setStatus('ready');
    setPicked(null);
    setApplyError(null);
    setNotice({ kind: 'reset' });
    // Main's session ended with the data it belonged to: a signed-in person is back at sign-in.
    if (useSessionStore.getState().session?.status === 'signed_in') adopt({ status: 'signed_out', reason: 'signed_out' });
  };

  return (
    <section className="mock-backend" aria-labelledby={headingId} aria-busy={status === 'loading' || applying || resetting}>
      <button type="button" className="button-link back-link" onClick={onBack}>
        {variant === 'page' ? t('mock.back') : t('mock.close')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('mock.heading')}
      </h1>
      <p className="muted">{t('mock.note')}</p>

      {status === 'loading' && (
        <p className="muted" role="status">
          {t('mock.loading')}
        </p>
      )}
      {status === 'error' && loadError && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('mock.loadFailed')}</strong> {describe(loadError)}
          </p>
          <button type="button" className="button-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}

      {scenarios && status !== 'error' && (
        <>
          <p className="mock-current">{t('mock.current', { name: scenarios.current })}</p>
          <form className="stacked-form" noValidate aria-busy={applying} onSubmit={(event) => void onApply(event)}>
            <fieldset className="scenario-list" aria-labelledby={legendId}>
              <legend id={legendId}>{t('mock.scenarios')}</legend>
              {scenarios.available.map((scenario) => {
                const descriptionId = `${radioName}-${scenario.name}`;
                return (
                  <div key={scenario.name} className="scenario">
                    <label className="radio">
                      <input
                        type="radio"
                        name={radioName}
                        value={scenario.name}
                        checked={selected === scenario.name}
                        onChange={() => {
                          setPicked(scenario.name);
                          setNotice(null);
                          setApplyError(null);
                        }}
                        aria-describedby={scenario.description ? descriptionId : undefined}
                      />
                      <span className="scenario-name">{scenario.name}</span>
                      {scenario.name === scenarios.current && <span className="badge badge-current">{t('mock.currentBadge')}</span>}
                    </label>
                    {scenario.description && (
                      <p id={descriptionId} className="field-hint scenario-description">
                        {scenario.description}
                      </p>
                    )}
                  </div>
                );
              })}
            </fieldset>
            {applyError && (
              <p className="notice notice-error" role="alert">
                {t('mock.applyFailed')} {describe(applyError)}
              </p>
            )}
            {notice?.kind === 'applied' && (
              <p className="notice notice-success" role="status">
                {t('mock.applied', { name: notice.name })}
              </p>
            )}
            <div className="form-actions">
              <button ref={applyRef} type="submit" className="button-primary" disabled={applying || resetting}>
                {applying ? t('mock.applying') : t('mock.apply')}
              </button>
            </div>
          </form>
        </>
      )}
      {notice?.kind === 'reset' && (
        <p className="notice notice-success" role="status">
          {t('mock.resetDone')}
        </p>
      )}

      <MockQrApprove />

      {/* Offered even when the scenarios could not be loaded: a reset may be what fixes that. */}
      <div className="form-actions mock-reset">
        <button
          type="button"
          className="button-secondary"
          aria-haspopup="dialog"
          disabled={applying || resetting}
          onClick={() => {
            setResetError(null);
            setConfirmingReset(true);
          }}
        >
          {t('mock.reset')}
        </button>
      </div>

      <MockTwoStepCodes />

      {confirmingReset && (
        <ConfirmDialog
          title={t('mock.resetTitle')}
          text={t('mock.resetText')}
          confirmLabel={t('mock.resetConfirm')}
          busyLabel={t('mock.resetting')}
          cancelLabel={t('common.cancel')}
          busy={resetting}
          error={resetError ? `${t('mock.resetFailed')} ${describe(resetError)}` : null}
          onConfirm={() => void onReset()}
          onCancel={() => {
            setConfirmingReset(false);
            setResetError(null);
          }}
        />
      )}
    </section>
  );
}
