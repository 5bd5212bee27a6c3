/** The texts of the proof codes the mock sends, worded as Bitrix ID would word them. */
import type { OutgoingMessage } from './outbox.ts';
import type { LoginChannel } from './state-schema.ts';

export function proofCodeMessage(channel: LoginChannel, request: { displayName: string; code: string; validMinutes: number }): OutgoingMessage {
  if (channel === 'phone') {
    return { channel: 'sms', subject: '', text: `Your Bitrix ID code: ${request.code}`, link: null, code: request.code, checkword: null };
  }
  return {
    channel: 'email',
    subject: 'Your Bitrix ID code',
    text: [
      `Hello, ${request.displayName}!`,
      '',
      'Someone asked to confirm that it is you, to change your Bitrix ID account.',
      `Your code: ${request.code}`,
      '',
      `The code works once, for ${request.validMinutes} minutes.`,
      'If it was not you, ignore this message: nothing changes.',
    ].join('\n'),
    link: null,
    code: request.code,
    checkword: null,
  };
}
