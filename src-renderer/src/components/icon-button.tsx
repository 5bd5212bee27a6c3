import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'title' | 'children' | 'type'> {
  /** The button's accessible name, also shown as its tooltip. */
  label: string;
  /** A decorative glyph (components/toolbar-icons.tsx). */
  icon: ReactNode;
  /** The keyboard shortcut as the tooltip shows it after the label, e.g. "Ctrl+Shift+S". */
  shortcut?: string;
  ref?: Ref<HTMLButtonElement>;
}

/** A compact button that shows only a glyph: named by its label, which the tooltip shows too. */
export function IconButton({ label, icon, shortcut, className, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      {...rest}
    >
      {icon}
    </button>
  );
}
