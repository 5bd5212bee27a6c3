import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../components/download-text.ts';
import { copyText } from './copy-text.ts';
import { RECOVERY_CODES_FILE_NAME, recoveryCodesText } from './two-factor-codes.ts';

/**
 * The ten recovery codes, shown once right after they are made, with Copy (all, one per line),
 * Save as file and Done. They live in the dialog's state only and go with it.
 */
export function RecoveryCodesView({ codes, onDone }: { codes: readonly string[]; onDone(): void }) {
  const { t } = useTranslation('account');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  // A new view inside the dialog: screen readers hear its heading first.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="recovery-codes">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('twoStep.codesHeading')}
      </h3>
      <p>{t('twoStep.codesIntro')}</p>
      <ul className="recovery-code-list" aria-labelledby={headingId}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      {copied !== null && (
        <p className={copied ? 'notice notice-success' : 'notice notice-error'} role="status">
          {copied ? t('twoStep.codesCopied') : t('twoStep.copyFailed')}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void copyText(recoveryCodesText(codes)).then(setCopied)}
        >
          {t('twoStep.copy')}
        </button>
        <button type="button" className="button-secondary" onClick={() => downloadText(recoveryCodesText(codes), RECOVERY_CODES_FILE_NAME)}>
          {t('twoStep.save')}
        </button>
        <button type="button" className="button-primary" onClick={onDone}>
          {t('twoStep.done')}
        </button>
      </div>
    </div>
  );
}
