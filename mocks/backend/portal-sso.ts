/**
 * One-time portal sign-in links: a ticket good for 60 s and one use, stored by hash only and in
 * memory only (like the social authorization codes, it must never reach the snapshot).
 */
import { sha256Hex } from './secrets.ts';

export const PORTAL_SSO_TICKET_TTL_MS = 60 * 1000;

/** Where a portal serves its sign-in page: `https://<portal>/bitrix-id/sso?ticket=…`. */
export const PORTAL_SSO_PATH = '/bitrix-id/sso';

interface TicketRecord {
  portalId: string;
  userId: string;
  expiresAt: number;
}

export class PortalSsoTickets {
  readonly #tickets = new Map<string, TicketRecord>();

  /** `ticketHash`: the hash the backend remembered the ticket under. */
  add(ticketHash: string, record: TicketRecord): void {
    this.#tickets.set(ticketHash, record);
  }

  /** Uses the ticket up whatever the outcome, so a second presentation always fails. */
  redeem(ticket: string, now: number): TicketRecord | null {
    const hash = sha256Hex(ticket);
    const record = this.#tickets.get(hash);
    this.#tickets.delete(hash);
    if (!record || record.expiresAt <= now) return null;
    return record;
  }

  clear(): void {
    this.#tickets.clear();
  }
}
