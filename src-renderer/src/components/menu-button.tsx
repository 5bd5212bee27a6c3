import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One item of a menu. */
export interface MenuItem {
  /** Unique within the menu; also the item's text unless `label` says otherwise. */
  key: string;
  label: string;
  choose(): void;
  /** A line above it, to set it apart (e.g. "Sign out"). */
  separated?: boolean;
  /** Shown but not chosen (e.g. busy). */
  disabled?: boolean;
  /** The menu stays open when it is chosen, so a busy label is seen. */
  keepOpen?: boolean;
  /** A choice among several (a `menuitemradio`): whether it is the current one. */
  checked?: boolean;
}

interface MenuButtonProps {
  /** What the button shows; its accessible name unless `label` is given. */
  children: ReactNode;
  /** The button's accessible name, when its content is not. */
  label?: string;
  className?: string;
  items: MenuItem[];
  /** Told when the menu opens and closes (a portal's view must not cover it). */
  onOpenChange?(open: boolean): void;
}

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space and the arrow keys open it, arrows,
 * Home and End move between items, Escape closes it and gives focus back to the button, Tab closes
 * it and moves on, and a click outside closes it.
 */
export function MenuButton({ children, label, className, items, onOpenChange }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  /** Which item to focus once the menu is rendered: the first or the last. */
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const menuItems = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemradio"]') ?? []);

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
    const all = menuItems();
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
    const all = menuItems();
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

  return (
    <div className="avatar-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} className="menu" onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li key={item.key} role="none" className={item.separated ? 'menu-separated' : undefined}>
              <button
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked}
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                onClick={() => {
                  if (item.disabled) return;
                  if (!item.keepOpen) close(false);
                  item.choose();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
