import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, WebProfile } from '../../../src-preload/contract.ts';
import { MAX_PROFILE_NAME_LENGTH } from '../../../src-preload/field-limits.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { DialogFrame } from '../components/dialog-frame.tsx';
import { MenuButton, type MenuItem } from '../components/menu-button.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useWebProfilesStore } from '../stores/web-profiles-store.ts';

type ProfileDialog = { kind: 'add' } | { kind: 'rename'; profile: WebProfile } | { kind: 'remove'; profile: WebProfile };

interface ProfileSwitcherProps {
  /** Told when its menu or one of its dialogs opens and closes (a portal's view must not cover them). */
  onCoverChange(covered: boolean): void;
}

/**
 * Bitrix24 mode's profile switcher: a menu button named by the active profile, each profile as a
 * choice, then "Add another Bitrix ID", "Rename profile…" and "Remove profile…" (asked first).
 */
export function ProfileSwitcher({ onCoverChange }: ProfileSwitcherProps) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const profiles = useWebProfilesStore((state) => state.profiles);
  const busy = useWebProfilesStore((state) => state.busy);
  const switchError = useWebProfilesStore((state) => (state.error?.action === 'switch' ? state.error.error : null));
  const { switchTo, remove, dismissError } = useWebProfilesStore.getState();
  const [dialog, setDialogState] = useState<ProfileDialog | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const covering = menuOpen || dialog !== null;

  useEffect(() => onCoverChange(covering), [covering, onCoverChange]);

  const setDialog = (next: ProfileDialog | null) => {
    setDialogState(next);
    setRemoveError(null);
  };

  if (!profiles) return null;
  const active = profiles.profiles.find((profile) => profile.id === profiles.activeId);
  if (!active) return null;

  const items: MenuItem[] = [
    ...profiles.profiles.map((profile) => ({
      key: `profile-${profile.id}`,
      label: profile.name,
      checked: profile.id === profiles.activeId,
      disabled: busy !== null,
      choose: () => {
        if (profile.id !== profiles.activeId) void switchTo(profile.id);
      },
    })),
    { key: 'add', label: t('profiles.add'), separated: true, choose: () => setDialog({ kind: 'add' }) },
    { key: 'rename', label: t('profiles.rename'), choose: () => setDialog({ kind: 'rename', profile: active }) },
    { key: 'remove', label: t('profiles.remove'), choose: () => setDialog({ kind: 'remove', profile: active }) },
  ];

  const confirmRemove = async (profile: WebProfile) => {
    const error = await remove(profile.id);
    if (error) setRemoveError(`${t('profiles.failed')} ${describeError(error)}`);
    else setDialog(null);
  };

  return (
    <>
      <MenuButton className="profile-button" items={items} onOpenChange={setMenuOpen}>
        {active.name}
      </MenuButton>
      {switchError && (
        <p className="notice notice-error header-notice" role="alert">
          {t('profiles.switchFailed')} {describeError(switchError)}{' '}
          <button type="button" className="button-link" onClick={dismissError}>
            {t('profiles.dismiss')}
          </button>
        </p>
      )}
      {dialog?.kind === 'add' && <ProfileNameDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && <ProfileNameDialog profile={dialog.profile} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('profiles.removeTitle', { name: dialog.profile.name })}
          text={t('profiles.removeText', { name: dialog.profile.name })}
          confirmLabel={t('profiles.removeConfirm')}
          busyLabel={t('profiles.removing')}
          cancelLabel={t('profiles.cancel')}
          busy={busy === 'remove'}
          error={removeError}
          onConfirm={() => void confirmRemove(dialog.profile)}
          onCancel={() => setDialog(null)}
        />
      )}
    </>
  );
}

interface ProfileNameDialogProps {
  /** The profile to rename; without it, a new profile is added (its name optional). */
  profile?: WebProfile;
  onClose(): void;
}

/** "Add another Bitrix ID" (an optional name) or "Rename profile" (a name): one field, Enter saves, Escape closes. */
function ProfileNameDialog({ profile, onClose }: ProfileNameDialogProps) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const titleId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const { add, rename } = useWebProfilesStore.getState();
  const [name, setName] = useState(profile?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<BridgeError | null>(null);
  const renaming = profile !== undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    const problem =
      renaming && trimmed === '' ? t('profiles.nameRequired') : [...trimmed].length > MAX_PROFILE_NAME_LENGTH ? t('profiles.nameTooLong') : undefined;
    if (problem) {
      setFieldError(problem);
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const error = renaming ? await rename(profile.id, trimmed) : await add(trimmed === '' ? undefined : trimmed);
    setBusy(false);
    if (!error) onClose();
    else if (error.code === 'validation') setFieldError(t('profiles.nameTooLong'));
    else setFailure(error);
  };

  return (
    <DialogFrame labelledBy={titleId} busy={busy} initialFocus={nameRef} onEscape={() => !busy && onClose()}>
      <h2 id={titleId}>{renaming ? t('profiles.renameHeading') : t('profiles.addHeading')}</h2>
      {!renaming && <p className="muted">{t('profiles.addIntro')}</p>}
      <form className="stacked-form" noValidate aria-labelledby={titleId} onSubmit={(event) => void onSubmit(event)}>
        <TextField
          ref={nameRef}
          label={renaming ? t('profiles.newName') : t('profiles.name')}
          name="profile-name"
          autoComplete="off"
          value={name}
          onChange={(value) => {
            setName(value);
            setFieldError(undefined);
          }}
          hint={renaming ? undefined : t('profiles.nameHint')}
          error={fieldError}
        />
        {failure && (
          <p className="notice notice-error" role="alert">
            {t('profiles.failed')} {describeError(failure)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button-secondary" disabled={busy} onClick={onClose}>
            {t('profiles.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {renaming ? (busy ? t('profiles.saving') : t('profiles.save')) : busy ? t('profiles.adding') : t('profiles.addSubmit')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
