import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LIVE_PORTAL_VIEWS, MIN_LIVE_PORTAL_VIEWS } from '../../../src-preload/field-limits.ts';
import { SettingStatus } from '../components/setting-status.tsx';
import { useSettingsStore } from '../stores/settings-store.ts';

/** The number typed, if it is one main takes. */
function liveViewsOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= MIN_LIVE_PORTAL_VIEWS && number <= MAX_LIVE_PORTAL_VIEWS ? number : null;
}

/**
 * How many portals stay open for an instant switch. The number applies when the person is done
 * with it (Enter, or leaving the field): typing "12" must not close views on its way through "1".
 */
export function LiveViewsSetting({ current }: { current: number }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useSettingsStore((state) => state.change);
  const busy = useSettingsStore((state) => 'maxLivePortalViews' in state.pending);
  /** What is typed, while it differs from main's number; null shows main's. */
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const text = typed ?? String(current);

  const commit = async () => {
    if (typed === null) return;
    const number = liveViewsOf(typed);
    if (number === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (number !== current) await change('maxLivePortalViews', number);
    // Main's number from now on: the new one, or the old one if main refused.
    setTyped(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void commit();
  };

  const describedBy = [invalid ? `${id}-error` : null, `${id}-hint`, `${id}-status`].filter((part) => part !== null).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.liveViews')}</label>
      <input
        id={id}
        className="live-views-input"
        type="number"
        inputMode="numeric"
        min={MIN_LIVE_PORTAL_VIEWS}
        max={MAX_LIVE_PORTAL_VIEWS}
        step={1}
        value={text}
        readOnly={busy}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setTyped(event.target.value);
          setInvalid(false);
        }}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          {t('settings.liveViewsInvalid', { min: MIN_LIVE_PORTAL_VIEWS, max: MAX_LIVE_PORTAL_VIEWS })}
        </p>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {t('settings.liveViewsHint')}
      </p>
      <SettingStatus setting="maxLivePortalViews" id={`${id}-status`} />
    </div>
  );
}
