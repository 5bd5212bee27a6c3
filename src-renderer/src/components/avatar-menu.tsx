import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../src-preload/contract.ts';

interface AvatarMenuProps {
  user: UserSummary;
  signingOut: boolean;
  onSignOut(): void;
  onOpenProfile(): void;
  onOpenServer(): void;
  /** Offered only with the embedded mock backend; left out otherwise. */
  onOpenInbox?: (() => void) | undefined;
  /** Offered only with the embedded mock backend; left out otherwise. */
  onOpenMockBackend?: (() => void) | undefined;
  /** Told when the menu opens and closes (a portal's view must not cover it). */
  onOpenChange?(open: boolean): void;
}

interface MenuEntry {
  label: string;
  choose(): void;
}

export const fullName = (user: Pick<UserSummary, 'name' | 'lastName'>): string =>
  [user.name, user.lastName].filter((part) => part.trim() !== '').join(' ');

export const initialsOf = (user: Pick<UserSummary, 'name' | 'lastName'>): string =>
  [user.name, user.lastName]
    .map((part) => Array.from(part.trim())[0] ?? '')
    .join('')
    .toLocaleUpperCase();

/**
 * The account menu button (WAI-ARIA menu button pattern): Enter, Space and the arrow keys open it,
 * arrows move between items, Escape closes it and gives focus back to the button.
 */
export function AvatarMenu({
  user,
  signingOut,
  onSignOut,
  onOpenProfile,
  onOpenServer,
  onOpenInbox,
  onOpenMockBackend,
  onOpenChange,
}: AvatarMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  /** Which item to focus once the menu is rendered: the first or the last. */
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  const openMenu = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => onOpenChange?.(open), [open, onOpenChange]);

  useEffect(() => {
    if (!open) return;
    const all = items();
    (focusOnOpen.current === 'first' ? all[0] : all.at(-1))?.focus();
    // A click anywhere outside closes the menu, as native menus do.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(all.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        // Let the focus move on, but do not leave the menu hanging open behind it.
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const name = fullName(user);
  /** The items that open a view, in order; the tester's tools only when offered. */
  const entries: MenuEntry[] = [
    { label: t('shell.changeAccount'), choose: onOpenProfile },
    { label: t('shell.serverSettings'), choose: onOpenServer },
    ...(onOpenInbox ? [{ label: t('shell.mockInbox'), choose: onOpenInbox }] : []),
    ...(onOpenMockBackend ? [{ label: t('shell.mockBackend'), choose: onOpenMockBackend }] : []),
  ];
  return (
    <div className="avatar-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="avatar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        <span className="avatar" aria-hidden="true">
          {initialsOf(user)}
        </span>
        <span className="avatar-name">{name}</span>
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} className="menu" onKeyDown={onMenuKeyDown}>
          {entries.map(({ label, choose }) => (
            <li key={label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(false);
                  choose();
                }}
              >
                {label}
              </button>
            </li>
          ))}
          <li role="none" className="menu-separated">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={signingOut || undefined}
              // The menu stays open while signing out, so the busy label is seen; success unmounts it.
              onClick={() => {
                if (!signingOut) onSignOut();
              }}
            >
              {signingOut ? t('shell.signingOut') : t('shell.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
