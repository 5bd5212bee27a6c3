import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalImportReport } from '../../../src-preload/contract.ts';
import { DialogFrame } from '../components/dialog-frame.tsx';

type RefusedReason = PortalImportReport['refused'][number]['reason'];

/** What an import did: how many were added and already listed, and each refused line with why. */
export function ImportReportDialog({ report, onClose }: { report: PortalImportReport; onClose(): void }) {
  const { t } = useTranslation('web');
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  const why = (reason: RefusedReason): string =>
    reason === 'line_too_long' || reason === 'list_full'
      ? t(`portals.lineProblems.${reason}`)
      : t(`portals.addressProblems.${reason}`);

  return (
    <DialogFrame labelledBy={titleId} initialFocus={closeRef} onEscape={onClose}>
      <h2 id={titleId}>{t('portals.importHeading')}</h2>
      <p>{t('portals.imported', { added: report.added, duplicates: report.duplicates })}</p>
      {report.refused.length > 0 && (
        <section aria-label={t('portals.refusedHeading')} className="import-refused">
          <h3>{t('portals.refusedHeading')}</h3>
          <ul>
            {report.refused.map((line) => (
              <li key={line.line}>{t('portals.refusedLine', { line: line.line, text: line.text, reason: why(line.reason) })}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button-primary" onClick={onClose}>
          {t('portals.close')}
        </button>
      </div>
    </DialogFrame>
  );
}
