import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { LoginChannel } from '../../../src-preload/contract.ts';

/** "+15550100001" → "+1 555 010 0001"; anything it cannot parse is shown as it is. */
function formatPhone(phone: string): string {
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}

export const formatLogin = (channel: LoginChannel, value: string): string => (channel === 'phone' ? formatPhone(value) : value);
