import { render, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src-renderer/src/components/qr-code.tsx';

describe('QrCode', () => {
  it('draws every dark module of the encoded text, named for screen readers', () => {
    const text = 'otpauth://totp/Bitrix24:erin%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Bitrix24';
    render(<QrCode text={text} label="QR code for your authenticator app" />);
    const image = screen.getByRole('img', { name: 'QR code for your authenticator app' });
    const { data } = encode(text, { ecc: 'M', border: 4 });
    const darkModules = data.flat().filter(Boolean).length;
    expect(image.getAttribute('viewBox')).toBe(`0 0 ${data.length} ${data.length}`);
    expect(image.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(darkModules);
  });

  it('draws a different code for a different text', () => {
    const { rerender } = render(<QrCode text="https://example.com/a" label="QR" />);
    const first = screen.getByRole('img', { name: 'QR' }).querySelector('path')?.getAttribute('d');
    rerender(<QrCode text="https://example.com/b" label="QR" />);
    expect(screen.getByRole('img', { name: 'QR' }).querySelector('path')?.getAttribute('d')).not.toBe(first);
  });
});
