import type { ReactNode } from 'react';

/**
 * Small line glyphs for icon buttons (16 px, drawn in the text colour). Decorative only: every
 * button that shows one is named by its label (and shows it as a tooltip).
 */

interface GlyphProps {
  children: ReactNode;
}

/** The frame every glyph shares: a 16 px line drawing in the text colour, hidden from assistive technology. */
export function Glyph({ children }: GlyphProps) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** A panel with its left column: the sidebar, for "Hide sidebar" and "Show sidebar". */
export function SidebarIcon() {
  return (
    <Glyph>
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" />
      <path d="M6 2.75v10.5" />
    </Glyph>
  );
}

export function PlusIcon() {
  return (
    <Glyph>
      <path d="M8 3v10M3 8h10" />
    </Glyph>
  );
}

/** An arrow into a tray: bring a file in. */
export function ImportIcon() {
  return (
    <Glyph>
      <path d="M8 2v8M4.75 6.75 8 10l3.25-3.25M2.5 11v2.25h11V11" />
    </Glyph>
  );
}

/** An arrow out of a tray: save a file. */
export function ExportIcon() {
  return (
    <Glyph>
      <path d="M8 10V2M4.75 5.25 8 2l3.25 3.25M2.5 11v2.25h11V11" />
    </Glyph>
  );
}
