import { useTranslation } from 'react-i18next';
import type { NetworkPage } from '../../../src-preload/contract.ts';
import { MenuButton, type MenuItem } from '../components/menu-button.tsx';

/** The Network's pages the account menu opens, in its order. */
const accountPages = [
  'signIn',
  'profile',
  'changeLogin',
  'changePassword',
  'socialNetworks',
  'logOutEverywhere',
  'passwordRecovery',
  'createPortal',
] as const satisfies readonly NetworkPage[];

interface Bitrix24AccountMenuProps {
  signingOut: boolean;
  /** Shows a page of Bitrix24.Network in the content area. */
  onOpenPage(page: NetworkPage): void;
  onOpenServer(): void;
  onOpenSettings(): void;
  /** Asks first, then signs out of everything. */
  onSignOut(): void;
  onOpenChange(open: boolean): void;
}

/**
 * Bitrix24 mode's account menu: every account screen is the Network's own page (Bitrix ID has no
 * API), then the server settings, the Settings screen and "Sign out".
 */
export function Bitrix24AccountMenu({
  signingOut,
  onOpenPage,
  onOpenServer,
  onOpenSettings,
  onSignOut,
  onOpenChange,
}: Bitrix24AccountMenuProps) {
  const { t } = useTranslation('web');
  const common = useTranslation().t;
  const items: MenuItem[] = [
    ...accountPages.map((page) => ({ key: page, label: t(`account.${page}`), choose: () => onOpenPage(page) })),
    { key: 'server', label: t('account.serverSettings'), choose: onOpenServer, separated: true },
    { key: 'settings', label: common('settings.open'), choose: onOpenSettings },
    {
      key: 'sign-out',
      label: signingOut ? t('account.signingOut') : t('account.signOut'),
      choose: onSignOut,
      disabled: signingOut,
    },
  ];
  return (
    <MenuButton className="avatar-button" items={items} onOpenChange={onOpenChange}>
      {t('account.menu')}
    </MenuButton>
  );
}
