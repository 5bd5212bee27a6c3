import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, PortalImportReport } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../../src-preload/field-limits.ts';
import { downloadText } from '../components/download-text.ts';
import { IconButton } from '../components/icon-button.tsx';
import { ExportIcon, ImportIcon, PlusIcon } from '../components/toolbar-icons.tsx';
import { EXPORT_FILE_NAME } from './portal-file.ts';

type Outcome =
  | { kind: 'exported'; count: number }
  | { kind: 'importFailed'; error: BridgeError }
  | { kind: 'exportFailed'; error: BridgeError };

interface PortalListActionsProps {
  onAdd(): void;
  /** Main imported the file; the report is shown by the caller. */
  onImported(report: PortalImportReport): void;
}

/**
 * Bitrix24 mode's list actions in the sidebar: "Add portal", "Import…" (a text file of addresses,
 * at most 1 MiB, sent to main whole) and "Export…" (main's text of the list, downloaded as a file).
 * Icon buttons, named and with tooltips, so that they stay on the heading's line in every language.
 */
export function PortalListActions({ onAdd, onImported }: PortalListActionsProps) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const [busy, setBusy] = useState<'import' | 'export' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file can be chosen again after it is fixed.
    input.value = '';
    if (!file || busy) return;
    setOutcome(null);
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setOutcome({ kind: 'importFailed', error: { code: 'import_refused', importProblem: 'too_large' } });
      return;
    }
    setBusy('import');
    const text = await file.text().catch(() => null);
    if (text === null) {
      setBusy(null);
      setOutcome({ kind: 'importFailed', error: { code: 'import_refused', importProblem: 'not_text' } });
      return;
    }
    const result = await call((api) => api.portals.import({ text }));
    setBusy(null);
    if (result.ok) onImported(result.value);
    else setOutcome({ kind: 'importFailed', error: result.error });
  };

  const exportList = async () => {
    if (busy) return;
    setBusy('export');
    setOutcome(null);
    const result = await call((api) => api.portals.export());
    setBusy(null);
    if (!result.ok) {
      setOutcome({ kind: 'exportFailed', error: result.error });
      return;
    }
    downloadText(result.value.text, EXPORT_FILE_NAME);
    setOutcome({ kind: 'exported', count: result.value.count });
  };

  const importProblem = (error: BridgeError): string =>
    error.code === 'import_refused' && error.importProblem
      ? t(`portals.importProblems.${error.importProblem}`)
      : `${t('portals.importFailed')} ${describeError(error)}`;

  return (
    <div className="portal-list-actions">
      <IconButton label={t('portals.add')} icon={<PlusIcon />} onClick={onAdd} />
      <label className="icon-button file-button" aria-busy={busy === 'import'} title={t('portals.import')}>
        <ImportIcon />
        <span className="visually-hidden">{busy === 'import' ? t('portals.importing') : t('portals.import')}</span>
        <input
          type="file"
          className="visually-hidden"
          accept=".txt,.csv,text/plain"
          disabled={busy !== null}
          onChange={(event) => void importFile(event)}
        />
      </label>
      <IconButton label={t('portals.export')} icon={<ExportIcon />} disabled={busy !== null} onClick={() => void exportList()} />
      {outcome?.kind === 'exported' && (
        <p className="muted sidebar-message" role="status">
          {t('portals.exported', { count: outcome.count })}
        </p>
      )}
      {outcome?.kind === 'importFailed' && (
        <p className="notice notice-error" role="alert">
          {importProblem(outcome.error)}
        </p>
      )}
      {outcome?.kind === 'exportFailed' && (
        <p className="notice notice-error" role="alert">
          {t('portals.exportFailed')} {describeError(outcome.error)}
        </p>
      )}
    </div>
  );
}
