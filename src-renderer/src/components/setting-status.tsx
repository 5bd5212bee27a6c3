import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useSettingsStore, type SettingKey } from '../stores/settings-store.ts';

/** Why main refused a change: this screen's own words for what the person can do about it. */
function useDescribeRefusal(): (key: SettingKey, error: BridgeError) => string {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  return (key, error) => {
    if (error.code === 'unsupported') return t('settings.refusedUnsupported');
    if (key === 'startAtLogin' && error.code === 'internal') return t('settings.startAtLoginRefused');
    return `${t('settings.refused')} ${describeError(error)}`;
  };
}

/**
 * A setting's live line: "Applying…" while main applies a change, then why it refused one (the
 * setting kept its value). Always in the page, so screen readers hear what appears in it.
 */
export function SettingStatus({ setting, id }: { setting: SettingKey; id: string }) {
  const { t } = useTranslation();
  const describeRefusal = useDescribeRefusal();
  const busy = useSettingsStore((state) => setting in state.pending);
  const refused = useSettingsStore((state) => state.refused[setting]);
  const text = busy ? t('settings.applying') : refused ? describeRefusal(setting, refused) : '';
  return (
    <p id={id} className={refused && !busy ? 'setting-status setting-refused' : 'setting-status'} aria-live="polite">
      {text}
    </p>
  );
}
