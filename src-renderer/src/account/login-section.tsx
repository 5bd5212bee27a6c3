import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginChannel, Profile } from '../../../src-preload/contract.ts';
import { useLeavesByItself } from '../components/use-leaves-by-itself.ts';
import { dismissAccountNotices } from '../stores/account-notices.ts';
import { useLoginChangeStore } from '../stores/login-change-store.ts';
import { ChangeLoginForm } from './change-login-form.tsx';
import { formatLogin } from './phone.ts';
import { PendingChange } from './pending-change.tsx';
import { useFocusWhenIdle } from './use-focus-when-idle.ts';

interface LoginSectionProps {
  channel: LoginChannel;
  profile: Profile;
  onForgotPassword(): void;
}

/**
 * The e-mail or the phone: the current value (never an unconfirmed one), "Change", the change form,
 * and a pending change waiting for confirmation.
 */
export function LoginSection({ channel, profile, onForgotPassword }: LoginSectionProps) {
  const { t } = useTranslation('account');
  const notice = useLoginChangeStore((state) => (state.loginNotice?.channel === channel ? state.loginNotice : null));
  const dismissNotice = useLoginChangeStore((state) => state.dismissNotice);
  // What went well leaves by itself; a change that ended elsewhere stays until the next action.
  const leavesByItself = useLeavesByItself(notice && notice.kind !== 'ended' ? dismissNotice : undefined);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [justStarted, setJustStarted] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  // The Change button comes back when the form or the pending notice goes away; focus returns to it.
  const focusWhenShown = useFocusWhenIdle();
  const current = channel === 'email' ? profile.email : profile.phone;
  const pending = profile.pendingLoginChange?.channel === channel ? profile.pendingLoginChange : null;

  const finish = () => {
    focusWhenShown(changeRef);
    setEditing(false);
    setJustStarted(false);
  };

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <div className="section-row">
        <div className="section-main">
          <h2 id={headingId}>{t(`login.${channel}.heading`)}</h2>
          <p className={current ? 'section-value' : 'section-value muted'}>
            {current ? formatLogin(channel, current) : t('common.notSet')}
          </p>
        </div>
        {/* While a change waits for confirmation, it is cancelled there, not started again. */}
        {!editing && !pending && (
          <button
            ref={changeRef}
            type="button"
            className="button-secondary"
            aria-label={t(`login.${channel}.change`)}
            onClick={() => {
              dismissAccountNotices();
              setEditing(true);
            }}
          >
            {t('common.change')}
          </button>
        )}
      </div>
      {notice &&
        (notice.kind === 'ended' ? (
          <p className="notice notice-error" role="alert">
            {t(`login.${channel}.ended`)}
          </p>
        ) : (
          <p className={notice.kind === 'resent' ? 'notice' : 'notice notice-success'} role="status" {...leavesByItself}>
            {notice.kind === 'changed'
              ? t(`login.${channel}.changed`, { value: current ? formatLogin(channel, current) : '' })
              : notice.kind === 'cancelled'
                ? t(`login.${channel}.cancelled`)
                : t('login.resent')}
          </p>
        ))}
      {editing && (
        <ChangeLoginForm
          channel={channel}
          profile={profile}
          onStarted={() => {
            setEditing(false);
            setJustStarted(true);
          }}
          onCancel={finish}
          onForgotPassword={onForgotPassword}
        />
      )}
      {pending && !editing && <PendingChange key={pending.target} pending={pending} focusField={justStarted} onFinished={finish} />}
    </section>
  );
}
