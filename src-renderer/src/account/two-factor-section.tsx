import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-preload/contract.ts';
import { dismissAccountNotices } from '../stores/account-notices.ts';
import { TwoFactorDialog, type TwoFactorFlow } from './two-factor-dialog.tsx';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

/**
 * The profile's Security section: whether two-step verification is on (and how many recovery codes
 * are left), and its actions, each in a dialog. An account without a password is told to set one first.
 */
export function TwoFactorSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation('account');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [flow, setFlow] = useState<TwoFactorFlow | null>(null);
  const [notice, setNotice] = useState<'turnedOn' | 'turnedOff' | null>(null);
  const focusWhenShown = useFocusWhenIdle();
  const { enabled, recoveryCodesLeft } = profile.twoFactor;

  const open = (next: TwoFactorFlow) => {
    dismissAccountNotices();
    setNotice(null);
    setFlow(next);
  };

  const close = (changed: boolean) => {
    // Turned on or off, the button that opened the dialog is gone: the focus goes to the section, whose notice says what happened.
    if (changed && (flow === 'enable' || flow === 'disable')) {
      setNotice(flow === 'enable' ? 'turnedOn' : 'turnedOff');
      focusWhenShown(headingRef);
    }
    setFlow(null);
  };

  const action = (next: TwoFactorFlow, label: string, className = 'button-secondary') => (
    <button type="button" className={className} aria-haspopup="dialog" onClick={() => open(next)}>
      {label}
    </button>
  );

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('twoStep.section')}
      </h2>
      <p className="section-value">
        {t('twoStep.status')} <strong>{enabled ? t('twoStep.on') : t('twoStep.off')}</strong>
      </p>
      {enabled && <p className="section-value muted">{t('twoStep.codesLeft', { count: recoveryCodesLeft })}</p>}
      {notice && (
        <p className="notice notice-success" role="status">
          {t(`twoStep.${notice}`)}
        </p>
      )}
      {enabled ? (
        <div className="form-actions">
          {action('disable', t('twoStep.turnOff'))}
          {action('newCodes', t('twoStep.newCodes'))}
          {action('phoneChanged', t('twoStep.phoneChanged'))}
        </div>
      ) : profile.hasPassword ? (
        <div className="form-actions">{action('enable', t('twoStep.turnOn'), 'button-primary')}</div>
      ) : (
        <p className="muted">{t('twoStep.setPasswordFirst')}</p>
      )}
      {flow && <TwoFactorDialog flow={flow} onClose={close} />}
    </section>
  );
}
