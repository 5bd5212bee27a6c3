import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, Portal } from '../../../src-preload/contract.ts';
import { call } from '../bridge/bitrix-id.ts';
import { DialogFrame } from '../components/dialog-frame.tsx';
import { TextField } from '../components/text-field.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';

interface AddPortalDialogProps {
  onClose(): void;
  /** Main listed the portal; the dialog is done. */
  onAdded(portal: Portal): void;
}

/**
 * Bitrix24 mode's "Add portal": one address field. Main parses the address (a bare host gets
 * https://) and says what is wrong with a refused one, which is said here as what to do; the
 * typed text stays. Enter adds, Escape closes (not while adding). Loaded lazily, on first use.
 */
export default function AddPortalDialog({ onClose, onAdded }: AddPortalDialogProps) {
  const { t } = useTranslation('web');
  const describeError = useDescribeError();
  const titleId = useId();
  const addressRef = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const problem = (failure: BridgeError): string => {
    if (failure.code === 'invalid_address') return t(`portals.addressProblems.${failure.addressProblem ?? 'not_a_url'}`);
    if (failure.code === 'validation') return t('portals.addressProblems.too_long');
    return `${t('portals.addFailed')} ${describeError(failure)}`;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding) return;
    if (address.trim() === '') {
      setError({ code: 'invalid_address', addressProblem: 'empty' });
      addressRef.current?.focus();
      return;
    }
    setAdding(true);
    setError(null);
    const result = await call((api) => api.portals.add({ address }));
    setAdding(false);
    if (result.ok) {
      onAdded(result.value);
      return;
    }
    setError(result.error);
    addressRef.current?.focus();
  };

  return (
    <DialogFrame
      labelledBy={titleId}
      busy={adding}
      initialFocus={addressRef}
      onEscape={() => {
        if (!adding) onClose();
      }}
    >
      <h2 id={titleId}>{t('portals.addHeading')}</h2>
      <form className="stacked-form" noValidate aria-labelledby={titleId} onSubmit={(event) => void onSubmit(event)}>
        <TextField
          ref={addressRef}
          label={t('portals.address')}
          name="portal-address"
          type="url"
          autoComplete="url"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="yourcompany.bitrix24.com"
          value={address}
          onChange={(value) => {
            setAddress(value);
            setError(null);
          }}
          error={error ? problem(error) : undefined}
        />
        <div className="dialog-actions">
          <button type="button" className="button-secondary" disabled={adding} onClick={onClose}>
            {t('portals.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={adding}>
            {adding ? t('portals.adding') : t('portals.addSubmit')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
