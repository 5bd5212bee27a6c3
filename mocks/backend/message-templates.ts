/** The texts of the e-mails and SMS the mock sends, worded as Bitrix ID would word them. */
import type { OutgoingMessage } from './outbox.ts';
import type { LoginChannel } from './state-schema.ts';

const LOGIN_CHANGE_EMAIL_SUBJECT = 'Confirm your new email';
const RECOVERY_EMAIL_SUBJECT = 'Password recovery';

function loginChangeLink(token: string): string {
  return `bitrixid://confirm-login?token=${token}`;
}

function recoveryLink(login: string, checkword: string): string {
  return `bitrixid://recover?login=${encodeURIComponent(login)}&checkword=${checkword}`;
}

export function loginChangeEmail(request: { displayName: string; newEmail: string; token: string; validMinutes: number }): OutgoingMessage {
  const link = loginChangeLink(request.token);
  return {
    channel: 'email',
    subject: LOGIN_CHANGE_EMAIL_SUBJECT,
    text: [
      `Hello, ${request.displayName}!`,
      '',
      `Someone asked to make ${request.newEmail} the login of your Bitrix ID account.`,
      'To confirm, open this link:',
      link,
      '',
      `The link works once, for ${request.validMinutes} minutes.`,
      'If it was not you, ignore this message: your login stays as it is.',
    ].join('\n'),
    link,
    code: null,
    checkword: null,
  };
}

export function loginChangeSms(code: string): OutgoingMessage {
  return {
    channel: 'sms',
    subject: '',
    text: `Your Bitrix ID confirmation code: ${code}`,
    link: null,
    code,
    checkword: null,
  };
}

export function recoveryEmail(request: { displayName: string; login: string; checkword: string; validHours: number }): OutgoingMessage {
  const link = recoveryLink(request.login, request.checkword);
  return {
    channel: 'email',
    subject: RECOVERY_EMAIL_SUBJECT,
    text: [
      `Hello, ${request.displayName}!`,
      '',
      'A password recovery was requested for your Bitrix ID account.',
      '',
      'Your registration data:',
      `Login: ${request.login}`,
      '',
      'To choose a new password, open this link:',
      link,
      '',
      `Or enter this checkword: ${request.checkword}`,
      `The checkword works once, for ${request.validHours} hours.`,
      'If it was not you, ignore this message: your password stays as it is.',
    ].join('\n'),
    link,
    code: null,
    checkword: request.checkword,
  };
}

export function recoverySms(checkword: string): OutgoingMessage {
  return {
    channel: 'sms',
    subject: '',
    text: `Bitrix ID recovery checkword: ${checkword}`,
    link: null,
    code: null,
    checkword,
  };
}

/** The code that proves it is the person, for an account without a password. */
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
