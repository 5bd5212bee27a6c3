import { describe, expect, it } from 'vitest';
import { checkCode, forReading, inGroupsOfFour, recoveryCodesText } from '../../src-renderer/src/account/two-factor-codes.ts';

describe('two-step codes as typed and shown', () => {
  it('sends an app’s code as its 6 digits, however it was spaced, and refuses anything else before sending', () => {
    expect(checkCode('app', ' 123 456 ')).toEqual({ code: '123456' });
    expect(checkCode('app', '123-456')).toEqual({ code: '123456' });
    expect(checkCode('app', '  ')).toEqual({ problem: 'required' });
    expect(checkCode('app', '12345')).toEqual({ problem: 'six_digits' });
    expect(checkCode('app', '1234567')).toEqual({ problem: 'six_digits' });
    expect(checkCode('app', '12345a')).toEqual({ problem: 'six_digits' });
  });

  it('sends a recovery code of 10 letters and digits trimmed, as typed otherwise, and refuses any other shape before sending', () => {
    expect(checkCode('recovery', ' a7k2m-p9x4w ')).toEqual({ code: 'a7k2m-p9x4w' });
    expect(checkCode('recovery', 'A7K2M P9X4W')).toEqual({ code: 'A7K2M P9X4W' });
    expect(checkCode('recovery', '')).toEqual({ problem: 'recovery_required' });
    expect(checkCode('recovery', 'ab12-cd34')).toEqual({ problem: 'recovery_shape' });
    expect(checkCode('recovery', 'a7k2m-p9x4w!')).toEqual({ problem: 'recovery_shape' });
    expect(checkCode('recovery', 'x'.repeat(65))).toEqual({ problem: 'recovery_shape' });
  });

  it('shows a key in groups of four, a code as apps do, and the codes one per line', () => {
    expect(inGroupsOfFour('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(inGroupsOfFour('JBSWY3DPEHPK3PXPA')).toBe('JBSW Y3DP EHPK 3PXP A');
    expect(forReading('492039')).toBe('492 039');
    expect(recoveryCodesText(['a', 'b'])).toBe('a\nb\n');
  });
});
