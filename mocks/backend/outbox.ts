/**
 * The e-mails and SMS the mock "sends". They hold plain links, codes and checkwords, so they live
 * in memory only: never in the snapshot, gone on restart and on reset.
 */
import { loginKey, normaliseLogin } from './login-identifier.ts';

export type MessageChannel = 'email' | 'sms';

export interface MockInboxMessage {
  /** Normalised like a login: lowercase e-mail or E.164 phone. */
  to: string;
  channel: MessageChannel;
  /** Empty for an SMS, which has none. */
  subject: string;
  text: string;
  /** The `bitrixid://…` link in the message, if any. */
  link: string | null;
  /** The SMS confirmation code, if any. */
  code: string | null;
  /** The recovery checkword, if any. */
  checkword: string | null;
  /** ISO time. */
  sentAt: string;
}

export type OutgoingMessage = Omit<MockInboxMessage, 'to' | 'sentAt'>;

export class Outbox {
  readonly #sent: MockInboxMessage[] = [];

  send(to: string, message: OutgoingMessage, sentAtMs: number): void {
    this.#sent.push({ to: normaliseLogin(to).value, ...message, sentAt: new Date(sentAtMs).toISOString() });
  }

  /** Newest first (by sending order, so messages sent within one clock tick keep their order). */
  list(to?: string): MockInboxMessage[] {
    const wanted = to === undefined || to.trim() === '' ? null : loginKey(normaliseLogin(to));
    return this.#sent
      .filter((message) => wanted === null || loginKey(normaliseLogin(message.to)) === wanted)
      .reverse()
      .map((message) => ({ ...message }));
  }

  clear(): void {
    this.#sent.length = 0;
  }
}
