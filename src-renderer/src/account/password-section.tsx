import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-preload/contract.ts';
import { useLeavesByItself } from '../components/use-leaves-by-itself.ts';
import { dismissAccountNotices } from '../stores/account-notices.ts';
import { usePasswordChangeStore } from '../stores/password-change-store.ts';
import { useProofStore } from '../stores/proof-store.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { formatDate } from './format.ts';
import { LogOutEverywhere } from './log-out-everywhere.tsx';
import { SetPasswordForm } from './set-password-form.tsx';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

interface PasswordSectionProps {
  profile: Profile;
  onForgotPassword(): void;
}

/**
 * When the password last changed, the change form, and after a change, "Log out on all devices".
 * An account without a password sees "Not set" and "Set a password" (proven without a password).
 */
export function PasswordSection({ profile, onForgotPassword }: PasswordSectionProps) {
  const { t, i18n } = useTranslation('account');
  const changed = usePasswordChangeStore((state) => state.passwordChanged);
  const passwordSet = useProofStore((state) => state.passwordSet);
  const dismissProofNotice = useProofStore((state) => state.dismissNotice);
  const passwordSetLeaves = useLeavesByItself(passwordSet ? dismissProofNotice : undefined);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  // The Change button comes back when the form goes away; focus returns to it.
  const focusWhenShown = useFocusWhenIdle();

  const close = () => {
    focusWhenShown(changeRef);
    setEditing(false);
  };

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <div className="section-row">
        <div className="section-main">
          <h2 id={headingId}>{t('password.heading')}</h2>
          {!profile.hasPassword && <p className="section-value muted">{t('proof.notSet')}</p>}
          {profile.hasPassword && profile.passwordChangedAt && (
            <p className="section-value muted">{t('password.lastChanged', { date: formatDate(profile.passwordChangedAt, i18n.language) })}</p>
          )}
        </div>
        {!editing && (
          <button
            ref={changeRef}
            type="button"
            className="button-secondary"
            onClick={() => {
              dismissAccountNotices();
              setEditing(true);
            }}
          >
            {profile.hasPassword ? t('password.change') : t('proof.setPassword')}
          </button>
        )}
      </div>
      {changed && (
        <div className="password-changed">
          <p className="notice notice-success" role="status">
            {t('password.changed')}
          </p>
          <LogOutEverywhere />
        </div>
      )}
      {passwordSet && (
        <p className="notice notice-success" role="status" {...passwordSetLeaves}>
          {t('proof.passwordSet')}
        </p>
      )}
      {editing &&
        (profile.hasPassword ? (
          <ChangePasswordForm profile={profile} onChanged={close} onCancel={close} onForgotPassword={onForgotPassword} />
        ) : (
          <SetPasswordForm profile={profile} onDone={close} onCancel={close} />
        ))}
    </section>
  );
}
