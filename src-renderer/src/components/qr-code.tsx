import { useMemo } from 'react';
import { encode } from 'uqr';

/** Dark modules on a light quiet zone whatever the theme: scanners expect dark on light. */
const QUIET_ZONE = 4;

/**
 * A QR code of `text` drawn as one SVG path (uqr encodes; React draws, so no markup string is
 * injected). `label` is its accessible name, e.g. "QR code to sign in".
 */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => {
    const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
    const parts: string[] = [];
    data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      });
    });
    return { path: parts.join(''), modules: data.length };
  }, [text]);

  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
