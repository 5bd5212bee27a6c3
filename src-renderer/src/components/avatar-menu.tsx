import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../src-preload/contract.ts';
import { MenuButton, type MenuItem } from './menu-button.tsx';

interface AvatarMenuProps {
  user: UserSummary;
  signingOut: boolean;
  onSignOut(): void;
  onOpenProfile(): void;
  onOpenServer(): void;
  onOpenSettings(): void;
  /** Offered only with the embedded mock backend; left out otherwise. */
  onOpenInbox?: (() => void) | undefined;
  /** Offered only with the embedded mock backend; left out otherwise. */
  onOpenMockBackend?: (() => void) | undefined;
  /** Told when the menu opens and closes (a portal's view must not cover it). */
  onOpenChange?(open: boolean): void;
}

export const fullName = (user: Pick<UserSummary, 'name' | 'lastName'>): string =>
  [user.name, user.lastName].filter((part) => part.trim() !== '').join(' ');

export const initialsOf = (user: Pick<UserSummary, 'name' | 'lastName'>): string =>
  [user.name, user.lastName]
    .map((part) => Array.from(part.trim())[0] ?? '')
    .join('')
    .toLocaleUpperCase();

/** The account menu: the person's initials and name on a menu button (`MenuButton`). */
export function AvatarMenu({
  user,
  signingOut,
  onSignOut,
  onOpenProfile,
  onOpenServer,
  onOpenSettings,
  onOpenInbox,
  onOpenMockBackend,
  onOpenChange,
}: AvatarMenuProps) {
  const { t } = useTranslation();
  /** The items that open a view, in order; the tester's tools only when offered. */
  const entries: MenuItem[] = [
    { key: 'profile', label: t('shell.changeAccount'), choose: onOpenProfile },
    { key: 'server', label: t('shell.serverSettings'), choose: onOpenServer },
    { key: 'settings', label: t('settings.open'), choose: onOpenSettings },
    ...(onOpenInbox ? [{ key: 'inbox', label: t('shell.mockInbox'), choose: onOpenInbox }] : []),
    ...(onOpenMockBackend ? [{ key: 'mock', label: t('shell.mockBackend'), choose: onOpenMockBackend }] : []),
    {
      key: 'sign-out',
      label: signingOut ? t('shell.signingOut') : t('shell.signOut'),
      choose: onSignOut,
      separated: true,
      disabled: signingOut,
      // The menu stays open while signing out, so the busy label is seen; success unmounts it.
      keepOpen: true,
    },
  ];
  return (
    <MenuButton className="avatar-button" items={entries} onOpenChange={onOpenChange}>
      <span className="avatar" aria-hidden="true">
        {initialsOf(user)}
      </span>
      <span className="avatar-name">{fullName(user)}</span>
    </MenuButton>
  );
}
