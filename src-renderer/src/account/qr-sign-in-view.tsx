import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useQrSignInStore, type QrSignInView as View } from '../stores/qr-sign-in-store.ts';
import { useSecondsLeft } from './use-seconds-left.ts';

// The encoder is loaded when a QR code is first shown, not with the sign-in screen's first paint.
const QrCode = lazy(() => import('../components/qr-code.tsx').then((module) => ({ default: module.QrCode })));

/** 105 seconds as "1:45". */
const minutesAndSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The sign-in screen's "Sign in with QR code"; after the view closes it takes the focus back. */
export function QrSignInButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const open = useQrSignInStore((state) => state.open);
  const returnFocus = useQrSignInStore((state) => state.returnFocus);
  const focusReturned = useQrSignInStore((state) => state.focusReturned);
  const ref = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!returnFocus) return;
    ref.current?.focus();
    focusReturned();
  }, [returnFocus, focusReturned]);

  return (
    <button ref={ref} type="button" className="button-secondary qr-sign-in-open" disabled={disabled} onClick={() => void open()}>
      {t('qrSignIn.open')}
    </button>
  );
}

function ExpiresIn({ expiresAt }: { expiresAt: number }) {
  const { t } = useTranslation();
  const seconds = useSecondsLeft(expiresAt);
  // Not a live region: a sentence read out every second would drown everything else.
  return <p className="muted">{t('qrSignIn.expiresIn', { time: minutesAndSeconds(seconds) })}</p>;
}

function Waiting({ view }: { view: Extract<View, { phase: 'waiting' }> }) {
  const { t } = useTranslation();
  return (
    <>
      <Suspense fallback={<span className="spinner" role="progressbar" aria-label={t('qrSignIn.starting')} />}>
        <QrCode text={view.request.link} label={t('qrSignIn.qrLabel')} />
      </Suspense>
      <p>{t('qrSignIn.instructions')}</p>
      <p className="qr-sign-in-code">{t('qrSignIn.code', { code: view.request.userCode })}</p>
      <ExpiresIn expiresAt={view.expiresAt} />
    </>
  );
}

/**
 * The QR sign-in in place of the sign-in form: the QR code of the request's link and its code while
 * main waits for a signed-in phone to approve it, then the time left; expired, a new code.
 */
export function QrSignInView() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const view = useQrSignInStore((state) => state.view);
  const open = useQrSignInStore((state) => state.open);
  const close = useQrSignInStore((state) => state.close);
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const newCodeRef = useRef<HTMLButtonElement>(null);
  const ended = view.phase === 'expired' || view.phase === 'failed';

  // Whatever had the focus is hidden now: the way on (or out) takes it.
  useEffect(() => {
    (ended ? newCodeRef : cancelRef).current?.focus();
  }, [ended]);

  return (
    <section className="qr-sign-in" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('qrSignIn.heading')}</h2>
      {view.phase === 'waiting' && <Waiting view={view} />}
      <p role="status" className="qr-sign-in-status">
        {view.phase === 'starting' && t('qrSignIn.starting')}
        {view.phase === 'waiting' && t('qrSignIn.waiting')}
      </p>
      {view.phase === 'expired' && (
        <p className="notice notice-error" role="alert">
          {t('qrSignIn.expired')}
        </p>
      )}
      {view.phase === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('qrSignIn.failed')} {describeError(view.error)}
        </p>
      )}
      {ended ? (
        <div className="qr-sign-in-actions">
          <button ref={newCodeRef} type="button" className="button-primary" onClick={() => void open()}>
            {t('qrSignIn.newCode')}
          </button>
          <button type="button" className="button-link" onClick={() => void close()}>
            {t('qrSignIn.back')}
          </button>
        </div>
      ) : (
        <button ref={cancelRef} type="button" className="button-secondary" onClick={() => void close()}>
          {t('qrSignIn.cancel')}
        </button>
      )}
    </section>
  );
}
