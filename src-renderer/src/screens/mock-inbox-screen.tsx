import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, MockMessage } from '../../../src-preload/contract.ts';
import { formatDateTime } from '../account/format.ts';
import { call } from '../bridge/bitrix-id.ts';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import '../account/account.css';

type Status = 'loading' | 'ready' | 'error';

interface MockInboxScreenProps {
  /** `page` is a view of the signed-in shell; `dialog` sits in `ToolDialog`, over a signed-out screen. */
  variant?: 'page' | 'dialog';
  /** Back to the portals (page) or closes the dialog. */
  onBack(): void;
}

const newestFirst = (messages: MockMessage[]): MockMessage[] =>
  messages.toSorted((a, b) => (Date.parse(b.sentAt) || 0) - (Date.parse(a.sentAt) || 0));

/**
 * For testers, with the embedded mock only: what the mock backend "sent" (confirmation links, SMS
 * codes, recovery checkwords), each secret in a read-only field to select and copy.
 */
export default function MockInboxScreen({ variant = 'page', onBack }: MockInboxScreenProps) {
  const { t, i18n } = useTranslation('account');
  const describeError = useDescribeError();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>('loading');
  const [messages, setMessages] = useState<MockMessage[]>([]);
  const [error, setError] = useState<BridgeError | null>(null);
  /** What to load; a new object on every Refresh, so the same filter loads again. */
  const [query, setQuery] = useState({ to: '' });

  useEffect(() => headingRef.current?.focus(), []);

  useEffect(() => {
    // Only the newest request's answer is shown.
    let current = true;
    const to = query.to.trim();
    void call((api) => api.mock.inbox(to === '' ? {} : { to })).then((result) => {
      if (!current) return;
      if (result.ok) {
        setMessages(newestFirst(result.value));
        setError(null);
        setStatus('ready');
      } else {
        setError(result.error);
        setStatus('error');
      }
    });
    return () => {
      current = false;
    };
  }, [query]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus('loading');
    setQuery({ to: address });
  };

  return (
    <section className="mock-inbox" aria-labelledby={headingId} aria-busy={status === 'loading'}>
      <button type="button" className="button-link back-link" onClick={onBack}>
        {variant === 'page' ? t('inbox.back') : t('inbox.close')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('inbox.heading')}
      </h1>
      <p className="muted">{t('inbox.note')}</p>
      <form className="inbox-filter" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('inbox.address')}
          name="address"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={address}
          onChange={setAddress}
        />
        <button type="submit" className="button-secondary">
          {t('inbox.refresh')}
        </button>
      </form>

      {status === 'loading' && (
        <p className="muted" role="status">
          {t('inbox.loading')}
        </p>
      )}
      {status === 'error' && error && (
        <p className="notice notice-error" role="alert">
          <strong>{t('inbox.loadFailed')}</strong> {describeError(error)}
        </p>
      )}
      {status === 'ready' && messages.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
      {messages.length > 0 && status !== 'error' && (
        <ul className="inbox-list" aria-label={t('inbox.messages')}>
          {messages.map((message, index) => (
            <li key={`${message.sentAt}-${message.to}-${index}`} className="inbox-message">
              <article aria-label={message.subject}>
                <p className="inbox-meta">
                  <span className="badge">{message.channel === 'email' ? t('inbox.email') : t('inbox.sms')}</span>{' '}
                  <span>{t('inbox.to', { to: message.to })}</span>{' '}
                  <span className="muted">{t('inbox.sentAt', { when: formatDateTime(message.sentAt, i18n.language) })}</span>
                </p>
                <h2 className="inbox-subject">{message.subject}</h2>
                <p className="inbox-text">{message.text}</p>
                {message.link !== null && <TextField label={t('inbox.link')} value={message.link} readOnly spellCheck={false} />}
                {message.code !== null && <TextField label={t('inbox.code')} value={message.code} readOnly spellCheck={false} />}
                {message.checkword !== null && (
                  <TextField label={t('inbox.checkword')} value={message.checkword} readOnly spellCheck={false} />
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
