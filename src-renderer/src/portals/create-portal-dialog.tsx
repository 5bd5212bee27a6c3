import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, Portal, PortalCreationQuota, PortalZone, Result } from '../../../src-preload/contract.ts';
import { MAX_PORTAL_TITLE_LENGTH } from '../../../src-preload/field-limits.ts';
import { call } from '../bridge/bitrix-id.ts';
import { DialogFrame } from '../components/dialog-frame.tsx';
import { useDescribeError } from '../i18n/describe-error.ts';
import { useNameCheck, type NameState } from './use-name-check.ts';

/** Offered first when the server has it. */
const PREFERRED_ZONE = 'com';

type Zones = { status: 'loading' } | { status: 'ready'; list: PortalZone[] } | { status: 'error'; error: BridgeError };

/** A failure shown in the dialog, with what failed. */
interface Failure {
  action: 'suggest' | 'create';
  error: BridgeError;
}

interface CreatePortalDialogProps {
  onClose(): void;
  /** The portal was created; the dialog is done. */
  onCreated(portal: Portal): void;
}

/**
 * "Create Bitrix24" as a modal dialog: a zone, an address (the server suggests a free one) checked
 * against the naming rules as it is typed and with the server once typing pauses, then Create.
 * Focus moves in and stays inside; Escape closes it (not while creating) and gives focus back.
 * A failure keeps everything typed. Loaded lazily, on first use.
 */
export default function CreatePortalDialog({ onClose, onCreated }: CreatePortalDialogProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const titleId = useId();
  const nameId = useId();
  const previewId = useId();
  const messageId = useId();
  const titleFieldId = useId();
  const titleHintId = useId();
  const quotaId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [zones, setZones] = useState<Zones>({ status: 'loading' });
  const [zone, setZone] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  /** How many more the person may create; null until known (the server refuses the one too many anyway). */
  const [quota, setQuota] = useState<PortalCreationQuota | null>(null);
  /** The person typed an address: a suggestion arriving late must not replace it. */
  const typed = useRef(false);
  const [suggesting, setSuggesting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { state: nameState, markTaken } = useNameCheck(name, zone);

  const suggest = async (inZone: string, replaceTyped: boolean) => {
    setSuggesting(true);
    setFailure((shown) => (shown?.action === 'suggest' ? null : shown));
    const result = await call((api) => api.portals.suggestName({ zone: inZone }));
    setSuggesting(false);
    if (!result.ok) setFailure({ action: 'suggest', error: result.error });
    else if (replaceTyped || !typed.current) {
      typed.current = false;
      setName(result.value.name);
    }
  };

  const applyZones = (result: Result<PortalZone[]>) => {
    if (!result.ok) {
      setZones({ status: 'error', error: result.error });
      return;
    }
    setZones({ status: 'ready', list: result.value });
    const first = result.value.find((candidate) => candidate.zone === PREFERRED_ZONE) ?? result.value[0];
    if (first) {
      setZone(first.zone);
      void suggest(first.zone, false);
    }
  };
  const zonesArrived = useEffectEvent(applyZones);

  const quotaArrived = useEffectEvent((result: Result<PortalCreationQuota>) => {
    if (result.ok) setQuota(result.value);
  });

  useEffect(() => {
    void call((api) => api.portals.zones()).then((result) => zonesArrived(result));
    void call((api) => api.portals.creationQuota()).then((result) => quotaArrived(result));
  }, []);

  const reloadZones = () => {
    setZones({ status: 'loading' });
    void call((api) => api.portals.zones()).then(applyZones);
  };

  const suffix = zones.status === 'ready' ? zones.list.find((candidate) => candidate.zone === zone)?.domainSuffix : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating || zone === null || noneLeft) return;
    if (nameState === 'invalid' || nameState === 'taken') {
      nameRef.current?.focus();
      return;
    }
    setCreating(true);
    setFailure(null);
    const result = await call((api) => api.portals.create({ name, zone, title: title.trim() }));
    setCreating(false);
    if (result.ok) {
      onCreated(result.value);
      return;
    }
    if (result.error.code === 'portal_limit_reached') setQuota((known) => (known ? { ...known, remaining: 0 } : known));
    if (result.error.code === 'portal_name_taken') {
      markTaken();
      nameRef.current?.focus();
    } else setFailure({ action: 'create', error: result.error });
  };

  const messages: Record<NameState, string> = {
    invalid: t('createPortal.rule'),
    checking: t('createPortal.checking'),
    available: t('createPortal.available'),
    taken: t('createPortal.taken'),
    failed: t('createPortal.checkFailed'),
  };
  const nameRefused = nameState === 'invalid' || nameState === 'taken';
  const noneLeft = quota?.remaining === 0;

  return (
    <DialogFrame
      labelledBy={titleId}
      busy={creating}
      initialFocus={nameRef}
      onEscape={() => {
        if (!creating) onClose();
      }}
    >
      <h2 id={titleId}>{t('createPortal.heading')}</h2>
      {quota && (
        <p id={quotaId} className={noneLeft ? 'notice' : 'muted'}>
          {noneLeft ? t('createPortal.noneLeft', { count: quota.max }) : t('createPortal.remaining', { count: quota.remaining })}
        </p>
      )}
      {zones.status === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>
            {t('createPortal.zonesFailed')} {describeError(zones.error)}
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={reloadZones}
          >
            {t('portals.retry')}
          </button>
        </div>
      )}
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('createPortal.zone')}</span>
          <select
            className="field-select"
            value={zone ?? ''}
            disabled={zones.status !== 'ready' || creating}
            onChange={(event) => setZone(event.target.value)}
          >
            {zones.status === 'ready' ? (
              zones.list.map((candidate) => (
                <option key={candidate.zone} value={candidate.zone}>
                  {candidate.domainSuffix}
                </option>
              ))
            ) : (
              <option value="">{t('app.loading')}</option>
            )}
          </select>
        </label>
        <div className="field">
          <label htmlFor={nameId}>{t('createPortal.address')}</label>
          <div className="field-control">
            <input
              ref={nameRef}
              id={nameId}
              value={name}
              spellCheck={false}
              autoCapitalize="none"
              autoComplete="off"
              readOnly={creating}
              aria-invalid={nameRefused || undefined}
              aria-describedby={`${previewId} ${messageId}`}
              // Addresses are lower-case; what is typed in capitals is kept, just lowered.
              onChange={(event) => {
                typed.current = true;
                setName(event.target.value.toLowerCase());
              }}
            />
            {suffix && (
              <span className="field-suffix" aria-hidden="true">
                .{suffix}
              </span>
            )}
          </div>
          <p id={previewId} className="field-hint">
            {/* Only a name that keeps the rules makes an address; otherwise the rule below says why not. */}
            {suffix && name !== '' && nameState !== 'invalid' ? t('createPortal.preview', { domain: `${name}.${suffix}` }) : ''}
          </p>
          <p id={messageId} className={nameRefused ? 'field-error' : 'field-hint'} role="status">
            {/* An empty field waiting for its suggestion is not yet wrong. */}
            {zone !== null && (name !== '' || !suggesting) ? messages[nameState] : ''}
          </p>
          <button
            type="button"
            className="button-link portal-suggest"
            disabled={zone === null || suggesting || creating}
            onClick={() => zone !== null && void suggest(zone, true)}
          >
            {suggesting ? t('createPortal.suggesting') : t('createPortal.suggest')}
          </button>
        </div>
        <div className="field">
          <label htmlFor={titleFieldId}>{t('createPortal.titleLabel')}</label>
          <input
            id={titleFieldId}
            value={title}
            maxLength={MAX_PORTAL_TITLE_LENGTH}
            autoComplete="off"
            readOnly={creating}
            placeholder={name}
            aria-describedby={titleHintId}
            onChange={(event) => setTitle(event.target.value)}
          />
          <p id={titleHintId} className="field-hint">
            {t('createPortal.titleHint')}
          </p>
        </div>
        {failure && (
          <p className="notice notice-error" role="alert">
            {/* The limit says all there is to say; anything else says what failed, then why. */}
            {failure.error.code !== 'portal_limit_reached' &&
              `${t(failure.action === 'create' ? 'createPortal.failed' : 'createPortal.suggestFailed')} `}
            {describeError(failure.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button-secondary" disabled={creating} onClick={onClose}>
            {t('createPortal.cancel')}
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={creating || zone === null || noneLeft}
            aria-describedby={noneLeft ? quotaId : undefined}
          >
            {creating ? t('createPortal.creating') : t('createPortal.create')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
