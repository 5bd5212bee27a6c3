import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalRole } from '../../../src-preload/contract.ts';
import { Glyph } from '../components/toolbar-icons.tsx';

/** One glyph per role: a shield for an administrator, a person for an employee, a globe for extranet. */
const glyphs: Record<PortalRole, ReactNode> = {
  admin: <path d="M8 1.75 13 3.5v4c0 3.1-2.1 5.4-5 6.75C5.1 12.9 3 10.6 3 7.5v-4Z" />,
  employee: (
    <>
      <circle cx="8" cy="5.25" r="2.75" />
      <path d="M2.75 14c.6-2.75 2.7-4.25 5.25-4.25s4.65 1.5 5.25 4.25" />
    </>
  ),
  extranet: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M1.75 8h12.5M8 1.75c-3.2 3.5-3.2 9 0 12.5M8 1.75c3.2 3.5 3.2 9 0 12.5" />
    </>
  ),
};

/**
 * A portal row's role as a small glyph, so the address keeps the row's width: its name is read out
 * with the row and shows as a tooltip.
 */
export function RoleMark({ role }: { role: PortalRole }) {
  const { t } = useTranslation();
  const name = t(`portals.roles.${role}`);
  return (
    <span className={`role-mark role-mark-${role}`} title={name}>
      <Glyph>{glyphs[role]}</Glyph>
      <span className="visually-hidden">{name}</span>
    </span>
  );
}
