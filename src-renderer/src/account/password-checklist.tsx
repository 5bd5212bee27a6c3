import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, PasswordPolicy } from '../../../src-preload/contract.ts';
import type { LoadStatus } from '../stores/loadable.ts';
import { strengthOf, strengthWithRules, type RuleCheck } from './password-rules.ts';

interface PasswordChecklistProps {
  policy: PasswordPolicy | null;
  status: LoadStatus;
  error: BridgeError | null;
  /** The result of `checkPassword` for what is typed now. */
  checks: RuleCheck[];
  password: string;
  onRetry(): void;
}

function RuleIcon({ met }: { met: boolean }) {
  return (
    <svg className="rule-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {met ? (
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      )}
    </svg>
  );
}

/**
 * The password policy as a live checklist (each item says in words whether it is met, not only by
 * colour) and a strength meter. Shared by the change-password form and password recovery.
 */
export function PasswordChecklist({ policy, status, error, checks, password, onRetry }: PasswordChecklistProps) {
  const { t } = useTranslation('account');
  const strengthId = useId();
  const score = strengthWithRules(password, checks);
  const strength = t(`policy.${strengthOf(score)}`);

  return (
    <div className="password-checklist">
      {(status === 'idle' || status === 'loading') && (
        <p className="muted" role="status">
          {t('policy.loading')}
        </p>
      )}
      {status === 'error' && error && (
        <div className="notice" role="status">
          <p>{t('policy.loadFailed')}</p>
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {policy && (
        <ul className="rules" aria-label={t('policy.label')}>
          {checks.map((check) => (
            <li key={check.id} className={check.met ? 'rule rule-met' : 'rule'}>
              <RuleIcon met={check.met} />
              <span>{check.id === 'minLength' ? t('policy.minLength', { min: policy.minLength }) : t(`policy.${check.id}`)}</span>{' '}
              <span className="visually-hidden">{check.met ? t('policy.met') : t('policy.notMet')}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="strength">
        <span id={strengthId}>{t('policy.strength')}</span>
        <meter
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={score}
          aria-labelledby={strengthId}
          aria-valuetext={password === '' ? undefined : strength}
        />
        {password !== '' && <span className={`strength-label strength-${strengthOf(score)}`}>{strength}</span>}
      </div>
    </div>
  );
}
