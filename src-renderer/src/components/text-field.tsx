import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeIcon } from './eye-icon.tsx';

interface TextFieldProps
  extends Pick<InputHTMLAttributes<HTMLInputElement>, 'autoComplete' | 'name' | 'readOnly' | 'spellCheck' | 'autoCapitalize'> {
  label: string;
  value: string;
  onChange(value: string): void;
  /** An inline error, tied to the input with aria-describedby. */
  error?: string | undefined;
  /** A password field gets a show/hide toggle. */
  password?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its inline error; a password field adds a show/hide toggle. */
export function TextField({ label, value, onChange, error, password = false, ref, ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input
          {...inputProps}
          ref={ref}
          id={id}
          type={password && !revealed ? 'password' : 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {password && (
          // The name stays the same and aria-pressed carries the state (WAI-ARIA toggle button pattern).
          <button
            type="button"
            className="reveal"
            aria-pressed={revealed}
            onClick={() => setRevealed((shown) => !shown)}
          >
            <EyeIcon crossed={revealed} />
            <span className="visually-hidden">{t('signIn.showPassword')}</span>
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
