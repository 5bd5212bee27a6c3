import type { ReactElement } from 'react';

/**
 * Simple monochrome marks of the social services (they take the text colour, so they follow the
 * light or dark theme). A few hundred bytes in all, so they ship with the sign-in screen. Decorative
 * only: the button or row around one always names the service in words.
 */
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const marks: Readonly<Record<string, ReactElement>> = {
  google: (
    <path {...stroke} d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M12.5 12h7" />
  ),
  apple: (
    <path
      fill="currentColor"
      d="M15.6 3c.1 1.1-.3 2.1-1 2.9-.7.8-1.7 1.3-2.7 1.2-.1-1 .4-2 1-2.7.7-.8 1.8-1.3 2.7-1.4ZM19.3 16.4c-.5 1.1-.7 1.6-1.3 2.5-.9 1.3-2.1 2.9-3.6 2.9-1.3 0-1.7-.8-3.4-.8s-2.2.8-3.5.8c-1.5 0-2.6-1.5-3.5-2.8-2.4-3.6-2.7-7.8-1.2-10.1 1.1-1.6 2.8-2.6 4.4-2.6s2.7.9 4.1.9c1.3 0 2.1-.9 4.1-.9 1.4 0 2.9.8 4 2.1-3.5 1.9-2.9 6.9.9 8Z"
    />
  ),
  microsoft: <path fill="currentColor" d="M3 3h8.5v8.5H3zM12.5 3H21v8.5h-8.5zM3 12.5h8.5V21H3zM12.5 12.5H21V21h-8.5z" />,
  facebook: (
    <g {...stroke}>
      <circle cx="12" cy="12" r="9" />
      <path d="M15 7.5h-1.5a2.5 2.5 0 0 0-2.5 2.5v11M8.5 13h6" />
    </g>
  ),
  yandex: <path {...stroke} d="M15 20V4h-3a4 4 0 0 0 0 8h3m-3.5 0L8 20" />,
  vk: (
    <g {...stroke} strokeWidth={1.6}>
      <rect x="2.5" y="5" width="19" height="14" rx="4" />
      <path d="m6 9 2 6 2-6m3 0v6m4.5-6L13 12.2l4.5 2.8" />
    </g>
  ),
  zoom: <path fill="currentColor" d="M5 7h8a2.5 2.5 0 0 1 2.5 2.5v5A2.5 2.5 0 0 1 13 17H5a2.5 2.5 0 0 1-2.5-2.5v-5A2.5 2.5 0 0 1 5 7Zm11.5 3.5 5-3v9l-5-3Z" />,
};

/** Whether the app ships a mark of its own for the service (others get the generic one). */
const hasProviderMark = (id: string): boolean => Object.hasOwn(marks, id);

interface ProviderIconProps {
  /** The service's id, as the server gives it. */
  id: string;
  /** Its name: a service the app has no mark for shows its initial in a circle. */
  name: string;
  size?: number;
}

export function ProviderIcon({ id, name, size = 20 }: ProviderIconProps) {
  const mark = hasProviderMark(id) ? marks[id] : undefined;
  return (
    <svg className="icon provider-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {mark ?? (
        <>
          <circle {...stroke} cx="12" cy="12" r="9" />
          <text x="12" y="16" textAnchor="middle" fontSize="11" fontWeight="700" fill="currentColor">
            {Array.from(name.trim())[0]?.toUpperCase() ?? '?'}
          </text>
        </>
      )}
    </svg>
  );
}
